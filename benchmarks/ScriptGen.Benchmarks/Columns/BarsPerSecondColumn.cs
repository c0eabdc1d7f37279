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
    public string Legend => $"Millions of bars per second: {SyntheticBars.BenchmarkCount:N0} bars / Mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNanoseconds is > 0
            ? (SyntheticBars.BenchmarkCount / (meanNanoseconds.Value * 1e-9) / 1e6).ToString("F1", CultureInfo.InvariantCulture)
            : "NA";
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
