using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Benchmarks.Scripts;

namespace ScriptGen.Benchmarks;

/// <summary>
/// Bar columns read in place: <see cref="ColumnChanges"/> (its calls read <c>close</c> and <c>hl2</c> from the bars) and
/// <see cref="ColumnChangesCopied"/> (the same calls on locals, each keeping a copy of its history) beside the hand loop.
/// </summary>
[MemoryDiagnoser]
public class ColumnHistoryBenchmarks
{
    private static readonly RunOptions s_options = new() { RecordPlots = false };
    private readonly RuntimeEnvironment _environment = new();
    private SyntheticBars _data = null!;

    [GlobalSetup(Target = nameof(HandLoop))]
    public void SetupHandLoop() => _data = SyntheticBars.ForBenchmarks();

    [GlobalSetup(Target = nameof(InPlace))]
    public void SetupInPlace()
    {
        SetupHandLoop();
        Verification.SameChecksum("column changes, in place", InPlace(), HandLoop());
    }

    [GlobalSetup(Target = nameof(Copied))]
    public void SetupCopied()
    {
        SetupHandLoop();
        Verification.SameChecksum("column changes, copied", Copied(), HandLoop());
    }

    /// <summary>The setups' checks on other bars (the tests' smaller sets): both scripts against the hand loop, to the bit.</summary>
    internal SeriesChecksum Verify(SyntheticBars data)
    {
        _data = data;
        SeriesChecksum hand = HandLoop();
        Verification.SameChecksum("column changes, in place", InPlace(), hand);
        Verification.SameChecksum("column changes, copied", Copied(), hand);
        return hand;
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public SeriesChecksum HandLoop() => ColumnChangesHandLoop.Run(_data.High, _data.Low, _data.Close);

    [Benchmark(Description = "ScriptGen, columns read in place")]
    public SeriesChecksum InPlace()
    {
        ColumnChanges script = ColumnChanges.Create();
        _environment.RunIndicator(script, _data.Bars, s_options);
        return script.Checksum;
    }

    [Benchmark(Description = "ScriptGen, columns copied to locals")]
    public SeriesChecksum Copied()
    {
        ColumnChangesCopied script = ColumnChangesCopied.Create();
        _environment.RunIndicator(script, _data.Bars, s_options);
        return script.Checksum;
    }
}
