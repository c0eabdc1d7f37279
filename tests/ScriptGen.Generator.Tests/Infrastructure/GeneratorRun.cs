using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Tests.Infrastructure;

/// <summary>What one generator run produced, and the driver that remembers it for the next run.</summary>
internal sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output)
    {
        Driver = driver;
        Input = input;
        Output = output;
        Result = driver.GetRunResult().Results.Single();
    }

    public GeneratorDriver Driver { get; }

    /// <summary>The compilation the generator saw.</summary>
    public Compilation Input { get; }

    /// <summary>The compilation plus the generated sources: what the compiler would build.</summary>
    public Compilation Output { get; }

    /// <summary>The ScriptGen generator's result: sources, diagnostics, exception, tracked steps.</summary>
    public GeneratorRunResult Result { get; }

    /// <summary>What the generator reported (SG diagnostics, or CS8785 if it crashed).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    /// <summary>The errors of compiling the output: none means every generated member and interceptor binds.</summary>
    public IReadOnlyList<Diagnostic> CompilationErrors =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>Generated files ordered by hint name (ordinal): the driver's order is not a contract.</summary>
    public IReadOnlyList<GeneratedSourceResult> GeneratedSources =>
        Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();

    /// <summary>Every generated file, each after a <c>// ---- hintName</c> line: the golden files' format.</summary>
    public string GeneratedText
    {
        get
        {
            var text = new StringBuilder();
            foreach (GeneratedSourceResult source in GeneratedSources)
            {
                text.Append("// ---- ").Append(source.HintName).Append('\n');
                string content = source.SourceText.ToString();
                text.Append(content);
                if (!content.EndsWith('\n'))
                {
                    text.Append('\n');
                }
            }

            return text.ToString();
        }
    }
}
