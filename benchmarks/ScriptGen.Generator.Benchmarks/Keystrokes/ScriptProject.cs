using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Benchmarks.Keystrokes;

/// <summary>
/// A project as the issue measured it: N copies of the EMA Cross sample (each its own class and file) and one
/// file that is not a script. Two versions of the first script and of the other file differ by an edit inside
/// a method body, so alternating them makes every driver run an edit.
/// </summary>
internal sealed class ScriptProject
{
    private const string OtherFile = "Helpers/Formatting.cs";

    private static readonly string[] s_otherVersions =
    [
        "public static class Formatting\n{\n    public static string Price(double price) => price.ToString(\"F2\");\n    public static int Twice(int x)\n    {\n        return x * 2;\n    }\n}\n",
        "public static class Formatting\n{\n    public static string Price(double price) => price.ToString(\"F2\");\n    public static int Twice(int x)\n    {\n        return x + x;\n    }\n}\n",
    ];

    private readonly SyntaxTree[] _scriptVersions;
    private readonly SyntaxTree[] _otherVersions;
    private int _scriptVersion;
    private int _otherVersion;

    public ScriptProject(int scripts)
    {
        string sample = RepositoryFiles.Sample("EmaCross");
        var trees = new List<SyntaxTree>();
        for (int i = 0; i < scripts; i++)
        {
            trees.Add(Driver.Parse($"Scripts/EmaCross{i}.pine.cs", Rename(sample, i)));
        }

        string first = Rename(sample, 0);
        string edited = first.Replace("double slow = ta.Ema(close, SlowLength);", "double slow = ta.Ema(close, SlowLength) + 0;", StringComparison.Ordinal);
        if (edited == first)
        {
            throw new InvalidOperationException("The EMA Cross sample no longer has the line the edit changes.");
        }

        _scriptVersions = [trees[0], Driver.Parse(trees[0].FilePath, edited)];
        _otherVersions = [.. s_otherVersions.Select(text => Driver.Parse(OtherFile, text))];
        trees.Add(_otherVersions[0]);
        Compilation = Driver.Compilation(trees);
    }

    /// <summary>The project as last edited.</summary>
    public Compilation Compilation { get; private set; }

    /// <summary>
    /// The project as last edited, every file parsed again: a compilation the generator has never seen (no binding
    /// cached in it, no tree it has parsed before), as when a project is opened.
    /// </summary>
    public Compilation Fresh() => Driver.Compilation(Compilation.SyntaxTrees.Select(t => Driver.Parse(t.FilePath, t.GetText().ToString())));

    /// <summary>A new compilation with the first script's <c>Process()</c> edited (or edited back).</summary>
    public Compilation EditScript() => Compilation = Swap(_scriptVersions, ref _scriptVersion);

    /// <summary>A new compilation with a method body of the file that is not a script edited (or edited back).</summary>
    public Compilation EditOtherFile() => Compilation = Swap(_otherVersions, ref _otherVersion);

    private Compilation Swap(SyntaxTree[] versions, ref int current)
    {
        SyntaxTree from = versions[current];
        current = 1 - current;

        // A tree is parsed again for each edit, as an editor does: the compilation must not reuse the other version's binding.
        SyntaxTree to = Driver.Parse(versions[current].FilePath, versions[current].GetText().ToString());
        versions[current] = to;
        return Compilation.ReplaceSyntaxTree(from, to);
    }

    private static string Rename(string sample, int index) =>
        sample.Replace("public partial class EmaCross", $"public partial class EmaCross{index}", StringComparison.Ordinal)
              .Replace("[Strategy(\"EMA Cross\"", $"[Strategy(\"EMA Cross {index}\"", StringComparison.Ordinal);
}
