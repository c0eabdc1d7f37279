using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ScriptGen.Generator.Tests.Prefixes;

/// <summary>
/// Types a script as an editor would: each prefix of its text replaces the script's tree in the
/// compilation and runs the same incremental driver forward. After each run the generated trees must
/// compile without an error of their own (errors in the half-typed script are the user's, and an IDE
/// shows them where they are), the generator must not throw, and it must not report its own failure (SG9001).
/// Shared by the prefix test (a sample of prefixes) and the full sweep in benchmarks/, which links this file.
/// </summary>
internal sealed class PrefixSweep
{
    private readonly CSharpParseOptions _parseOptions;
    private Compilation _compilation;
    private GeneratorDriver _driver;

    /// <param name="compilation">The project without the script (other files may be in it).</param>
    /// <param name="driver">A driver created with <paramref name="parseOptions"/>.</param>
    /// <param name="parseOptions">The options every tree is parsed with, the driver's.</param>
    public PrefixSweep(Compilation compilation, GeneratorDriver driver, CSharpParseOptions parseOptions)
    {
        _compilation = compilation;
        _driver = driver;
        _parseOptions = parseOptions;
    }

    /// <summary>How many prefixes have been run.</summary>
    public int PrefixesRun { get; private set; }

    /// <summary>Runs the prefixes of <paramref name="text"/> of the given lengths, in order; one line per problem found.</summary>
    public IReadOnlyList<string> Type(string path, string text, IEnumerable<int> lengths)
    {
        var problems = new List<string>();
        SyntaxTree? previous = null;
        foreach (int length in lengths)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(text[..length], _parseOptions, path, Encoding.UTF8);
            _compilation = previous is null ? _compilation.AddSyntaxTrees(tree) : _compilation.ReplaceSyntaxTree(previous, tree);
            previous = tree;
            _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out Compilation output, out var generatorDiagnostics);
            PrefixesRun++;
            problems.AddRange(Problems(output, generatorDiagnostics).Select(problem => $"{path} cut at {length.ToString(CultureInfo.InvariantCulture)} ({Tail(text, length)}): {problem}"));
        }

        if (previous is not null)
        {
            _compilation = _compilation.RemoveSyntaxTrees(previous);
        }

        return problems;
    }

    /// <summary>Every length from 0 to the whole text.</summary>
    public static IEnumerable<int> Every(string text) => Enumerable.Range(0, text.Length + 1);

    /// <summary>
    /// A deterministic sample: every <paramref name="stride"/>-th length from an offset that differs per script
    /// (so scripts sharing a header are not cut at the same places), plus every length where a
    /// declaration's typing is most fragile: the first characters after <c>class</c> and <c>void</c>, where the
    /// class or a member has no name yet, and after an attribute's name.
    /// </summary>
    public static IEnumerable<int> Sample(string text, int stride)
    {
        var lengths = new SortedSet<int> { text.Length };
        int offset = (int)((uint)StableHash(text) % (uint)stride);
        for (int length = offset; length < text.Length; length += stride)
        {
            lengths.Add(length);
        }

        foreach (string fragile in s_fragile)
        {
            for (int at = text.IndexOf(fragile, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fragile, at + 1, StringComparison.Ordinal))
            {
                for (int length = at + fragile.Length; length <= Math.Min(text.Length, at + fragile.Length + 2); length++)
                {
                    lengths.Add(length);
                }
            }
        }

        return lengths;
    }

    private static readonly string[] s_fragile = ["class ", "void ", "[Input", "[Strategy", "[Indicator"];

    private static IEnumerable<string> Problems(Compilation output, IEnumerable<Diagnostic> generatorDiagnostics)
    {
        // CS8785: the driver caught the generator throwing. SG9001: the parser caught it and called it a bug.
        foreach (Diagnostic crash in generatorDiagnostics.Where(d => d.Id is "CS8785" or "SG9001"))
        {
            yield return $"{crash.Id}: {crash.GetMessage(CultureInfo.InvariantCulture)}";
        }

        foreach (SyntaxTree generated in output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)))
        {
            foreach (Diagnostic error in output.GetSemanticModel(generated).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                yield return $"{error.Id} in {Path.GetFileName(generated.FilePath)}: {error.GetMessage(CultureInfo.InvariantCulture)} [{Line(error)}]";
            }
        }
    }

    private static string Line(Diagnostic diagnostic)
    {
        SyntaxTree tree = diagnostic.Location.SourceTree!;
        int line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        return tree.GetText().Lines[line].ToString().Trim();
    }

    private static string Tail(string text, int length)
    {
        string tail = text[Math.Max(0, length - 30)..length].Replace("\n", "\\n", StringComparison.Ordinal);
        return "..." + tail;
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            int hash = 17;
            foreach (char c in text)
            {
                hash = (hash * 31) + c;
            }

            return hash;
        }
    }
}
