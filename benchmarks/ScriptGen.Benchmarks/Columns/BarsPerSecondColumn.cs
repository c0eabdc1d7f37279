using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ScriptGen.Benchmarks.Data;

namespace ScriptGen.Benchmarks.Columns;

/// <summary>Throughput, the number a sweep's size is planned with: bars / mean time, in millions of bars per second.</summary>
internal sealed class BarsPerSecondColumn : IColumn
{
    public string Id => nameof(BarsPerSecondColumn);
    public string ColumnName => "Mbars/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"Millions of bars per second: {SyntheticBars.BenchmarkCount:N0} bars (times {Sweeps.SweepBenchmarks.RunCount} runs for a sweep) / Mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (!RunsOverBars(benchmarkCase))
        {
            return "-";
        }

        double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNanoseconds is > 0
            ? (SyntheticBars.BenchmarkCount * RunsPerOperation(benchmarkCase) / (meanNanoseconds.Value * 1e-9) / 1e6).ToString("F1", CultureInfo.InvariantCulture)
            : "NA";
    }

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(RunsOverBars);

    /// <summary>A sweep benchmark runs the strategy over the bars once per grid entry.</summary>
    private static int RunsPerOperation(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type == typeof(Sweeps.SweepBenchmarks) ? Sweeps.SweepBenchmarks.RunCount : 1;

    /// <summary>The engine's compile benchmarks (Engine/) compile scripts; they do not run over the benchmark bars.</summary>
    private static bool RunsOverBars(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type.Namespace != typeof(Engine.EngineScripts).Namespace;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
