using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ScriptGen.Benchmarks.Columns;

/// <summary>
/// The project's speed ratio (docs/performance.md): hand loop time / this time, so 1.0 is as fast as the hand loop and 0.5 is
/// half as fast. BenchmarkDotNet's own Ratio column is the inverse (this / baseline).
/// </summary>
internal sealed class SpeedVsHandLoopColumn : BaselineCustomColumn
{
    public override string Id => nameof(SpeedVsHandLoopColumn);
    public override string ColumnName => "Hand/This";
    public override ColumnCategory Category => ColumnCategory.Custom;
    public override int PriorityInCategory => 1;
    public override bool IsNumeric => true;
    public override UnitType UnitType => UnitType.Dimensionless;
    public override string Legend => "Hand loop mean / this mean (1.0 = as fast as the hand loop)";

    public override string GetValue(
        Summary summary,
        BenchmarkCase benchmarkCase,
        Statistics baseline,
        IReadOnlyDictionary<string, Metric> baselineMetrics,
        Statistics current,
        IReadOnlyDictionary<string, Metric> currentMetrics,
        bool isBaseline) =>
        (baseline.Mean / current.Mean).ToString("F2", CultureInfo.InvariantCulture);
}
