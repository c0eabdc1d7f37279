using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Benchmarks.Scripts;

namespace ScriptGen.Benchmarks;

/// <summary>
/// Bar columns read in place, for three families: changes (<see cref="ColumnChanges"/>: <c>ta.change</c>, <c>ta.mom</c> and
/// <c>ta.roc</c> read <c>close</c> and <c>hl2</c> from the bars), a window read whole every bar (<see cref="ColumnAlma"/>:
/// <c>ta.alma</c> over 50 closes) and scanned windows (<see cref="ColumnPivots"/>: <c>ta.pivothigh</c>/<c>ta.pivotlow</c> of
/// the high and low), each beside the same calls on locals (<see cref="ColumnChangesCopied"/>, <see cref="ColumnAlmaCopied"/>,
/// <see cref="ColumnPivotsCopied"/>: each call keeps its own copy of its history) and a hand loop.
/// </summary>
[MemoryDiagnoser]
public class ColumnHistoryBenchmarks
{
    /// <summary>Which calls: <c>Changes</c>, <c>Alma</c> or <c>Pivots</c>.</summary>
    [Params("Changes", "Alma", "Pivots")]
    public string Family { get; set; } = "Changes";

    private static readonly RunOptions s_options = new() { RecordPlots = false };
    private readonly RuntimeEnvironment _environment = new();
    private SyntheticBars _data = null!;

    [GlobalSetup(Target = nameof(HandLoop))]
    public void SetupHandLoop() => _data = SyntheticBars.ForBenchmarks();

    [GlobalSetup(Target = nameof(InPlace))]
    public void SetupInPlace()
    {
        SetupHandLoop();
        Verification.SameChecksum($"column {Family}, in place", InPlace(), HandLoop());
    }

    [GlobalSetup(Target = nameof(Copied))]
    public void SetupCopied()
    {
        SetupHandLoop();
        Verification.SameChecksum($"column {Family}, copied", Copied(), HandLoop());
    }

    /// <summary>The setups' checks on other bars (the tests' smaller sets): both scripts against the hand loop, to the bit.</summary>
    internal SeriesChecksum Verify(SyntheticBars data)
    {
        _data = data;
        SeriesChecksum hand = HandLoop();
        Verification.SameChecksum($"column {Family}, in place", InPlace(), hand);
        Verification.SameChecksum($"column {Family}, copied", Copied(), hand);
        return hand;
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public SeriesChecksum HandLoop() => Family switch
    {
        "Alma" => ColumnAlmaHandLoop.Run(_data.Close),
        "Pivots" => ColumnPivotsHandLoop.Run(_data.High, _data.Low),
        _ => ColumnChangesHandLoop.Run(_data.High, _data.Low, _data.Close),
    };

    [Benchmark(Description = "ScriptGen, columns read in place")]
    public SeriesChecksum InPlace() => Family switch
    {
        "Alma" => Run(ColumnAlma.Create(), alma => alma.Checksum),
        "Pivots" => Run(ColumnPivots.Create(), pivots => pivots.Checksum),
        _ => Run(ColumnChanges.Create(), changes => changes.Checksum),
    };

    [Benchmark(Description = "ScriptGen, columns copied to locals")]
    public SeriesChecksum Copied() => Family switch
    {
        "Alma" => Run(ColumnAlmaCopied.Create(), alma => alma.Checksum),
        "Pivots" => Run(ColumnPivotsCopied.Create(), pivots => pivots.Checksum),
        _ => Run(ColumnChangesCopied.Create(), changes => changes.Checksum),
    };

    private SeriesChecksum Run<TScript>(TScript script, Func<TScript, SeriesChecksum> checksum)
        where TScript : IndicatorScript
    {
        _environment.RunIndicator(script, _data.Bars, s_options);
        return checksum(script);
    }
}
