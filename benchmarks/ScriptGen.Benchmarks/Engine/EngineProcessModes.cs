using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Scripting;

namespace ScriptGen.Benchmarks.Engine;

/// <summary>
/// The engine measurements BenchmarkDotNet cannot make, as console modes of this program:
/// <c>--engine-cold [--cache DIR] [--trusted]</c> compiles (or loads from DIR) the EMA Cross text once in a
/// fresh process and prints the time it took (benchmarks/engine-cold.sh times whole processes around it);
/// <c>--engine-cycles N [--trusted]</c> compiles a new script, runs it and unloads it N times, printing
/// the memory before, after the first cycle and at the end.
/// </summary>
internal static class EngineProcessModes
{
    public static int Cold(string[] args, TextWriter output)
    {
        long start = Stopwatch.GetTimestamp();
        string? cache = ValueOf(args, "--cache");
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = TrustOf(args), CacheDirectory = cache });
        ScriptDefinition definition = parser.Parse(EngineScripts.EmaCross.Text, EngineScripts.EmaCross.FileName);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        string what = parser.CompilationCount == 0 ? "loaded from disk" : "compiled";
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{definition.Metadata.Title}: {what} in {elapsed.TotalMilliseconds:F1} ms (first use of the engine in this process)"));
        return 0;
    }

    public static int Cycles(string[] args, TextWriter output)
    {
        int cycles = int.Parse(ValueOf(args, "--engine-cycles") ?? "1000", CultureInfo.InvariantCulture);
        Bars bars = SyntheticBars.Generate(10_000, SyntheticBars.BenchmarkSeed).Bars;
        var environment = new RuntimeEnvironment();
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = TrustOf(args) });
        output.WriteLine($"{cycles} cycles of: compile a new EMA Cross text ({parser.Options.Trust}), run it on {bars.Count:N0} bars, unload it.");
        Report(output, "before the first compile");
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < cycles; i++)
        {
            Cycle(parser, environment, bars);
            if (i == 0)
            {
                Report(output, "after the first cycle");
                start = Stopwatch.GetTimestamp();
            }
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        Report(output, $"after {cycles} cycles");
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {elapsed.TotalMilliseconds / Math.Max(1, cycles - 1):F1} ms per cycle after the first; script load contexts alive: {AssemblyLoadContext.All.Count(c => c.IsCollectible)}"));
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Cycle(ScriptParser parser, RuntimeEnvironment environment, Bars bars)
    {
        CompiledScripts set = parser.Compile([EngineScripts.Unique()]);
        StrategyResult result = environment.RunStrategy((StrategyScript)set.Scripts[0].Create(), bars);
        if (result.ClosedTrades.Count == 0)
        {
            throw new InvalidOperationException("EMA Cross should trade on 10,000 bars.");
        }

        set.Unload();
    }

    private static void Report(TextWriter output, string when)
    {
        // Unloaded contexts take a few collections to go (their loader allocators are finalized in stages).
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        long managed = GC.GetTotalMemory(forceFullCollection: true);
        using Process process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {when,-26} managed heap {managed / 1048576.0,7:F1} MB   working set {process.WorkingSet64 / 1048576.0,7:F1} MB"));
    }

    private static ScriptTrust TrustOf(string[] args) =>
        args.Contains("--trusted", StringComparer.OrdinalIgnoreCase) ? ScriptTrust.Trusted : ScriptTrust.Untrusted;

    private static string? ValueOf(string[] args, string name)
    {
        int i = Array.FindIndex(args, a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;
    }
}
