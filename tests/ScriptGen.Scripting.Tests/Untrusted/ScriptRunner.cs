using System.Reflection;
using System.Collections.Immutable;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using ScriptGen.CompilerServices;

namespace ScriptGen.Scripting.Tests.Untrusted;

/// <summary>
/// Runs untrusted script text end to end: check, instrument, compile with the generator, emit with a
/// PDB, load into a collectible context, find the script through the assembly's catalog, run it.
/// </summary>
internal static class ScriptRunner
{
    /// <summary>The loaded assembly of <paramref name="text"/>, checked (nothing refused) and instrumented.</summary>
    public static Assembly CompileAndLoad(string text)
    {
        CheckResult result = UntrustedHarness.Check(text);
        Assert.True(result.CompileErrors.IsEmpty, UntrustedHarness.Describe(result.CompileErrors));
        Assert.True(result.Diagnostics.IsEmpty, UntrustedHarness.Describe(result.Diagnostics));
        CSharpCompilation compilation = UntrustedHarness.CompileInstrumented(result.Guard, [result.Tree], out ImmutableArray<Diagnostic> errors);
        Assert.True(errors.IsEmpty, UntrustedHarness.Describe(errors));

        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        EmitResult emitted = compilation.Emit(image, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        symbols.Position = 0;
        var context = new AssemblyLoadContext("untrusted-run-" + compilation.AssemblyName, isCollectible: true);
        return context.LoadFromStream(image, symbols);
    }

    /// <summary>The only script of <paramref name="assembly"/>, created with its default inputs.</summary>
    public static Script CreateScript(Assembly assembly) =>
        Assert.Single(ScriptAssemblyCatalogAttribute.ScriptsOf(assembly)).Create();

    /// <summary>Runs the indicator in <paramref name="text"/> over <paramref name="barCount"/> bars with <paramref name="options"/>.</summary>
    public static IndicatorResult RunIndicator(string text, RunOptions options, int barCount = 20)
    {
        Assembly assembly = CompileAndLoad(text);
        return new RuntimeEnvironment().RunIndicator((IndicatorScript)CreateScript(assembly), Bars(barCount), options);
    }

    /// <summary>Rising bars, one a minute.</summary>
    public static Bars Bars(int count)
    {
        long[] time = [.. Enumerable.Range(0, count).Select(i => 1_700_000_000_000L + i * 60_000L)];
        double[] close = [.. Enumerable.Range(0, count).Select(i => 100.0 + i)];
        double[] open = [.. close.Select(c => c - 0.5)];
        double[] high = [.. close.Select(c => c + 1)];
        double[] low = [.. close.Select(c => c - 1)];
        return ScriptGen.Bars.FromArrays(time, open, high, low, close);
    }
}

/// <summary>
/// Installs a run budget on the current thread for a scope, as a run does from <see cref="RunOptions.Limits"/>,
/// for code that runs outside a run (loading a script's metadata, creating an instance). A budget installed
/// here counts the whole scope as one period (nothing calls its <c>BeginBar</c>).
/// </summary>
internal sealed class BudgetScope : IDisposable
{
    private readonly RunBudget? _previous;

    private BudgetScope(RunLimits? limits, CancellationToken cancellation, string title)
    {
        _previous = ScriptBudget.Current;
        ScriptBudget.Current = new RunBudget(limits, title, cancellation);
    }

    public static BudgetScope Install(RunLimits? limits, CancellationToken cancellation = default, string title = "Probe") =>
        new(limits, cancellation, title);

    /// <summary>The installed budget's countdown to its next checkpoint.</summary>
    public static long CurrentCountdown() => ScriptBudget.Current!.Countdown;

    public void Dispose() => ScriptBudget.Current = _previous;
}
