using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Ta;

namespace ScriptGen.Benchmarks.Ta;

/// <summary>
/// The pivots-and-levels family: <see cref="PivotHighState"/>, <see cref="PivotLowState"/> (5 bars each
/// side) and Traditional <see cref="PivotPointLevelsState"/> anchored on the 00:00 UTC bar, run as a
/// script's call sites run them, against a hand-written loop computing the same values.
/// </summary>
[MemoryDiagnoser]
public class PivotsAndLevelsBenchmarks
{
    private const int Leftbars = 5;
    private const int Rightbars = 5;
    private SyntheticBars _data = null!;

    [GlobalSetup(Target = nameof(HandLoop))]
    public void SetupHandLoop() => _data = SyntheticBars.ForBenchmarks();

    [GlobalSetup(Target = nameof(States))]
    public void SetupStates()
    {
        SetupHandLoop();
        Verification.SameChecksum("Pivots and levels", States(), HandLoop());
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public SeriesChecksum HandLoop() =>
        PivotsAndLevelsHandLoop.Run(_data.Time, _data.Open, _data.High, _data.Low, _data.Close, Leftbars, Rightbars);

    [Benchmark(Description = "ta states")]
    public SeriesChecksum States()
    {
        long[] time = _data.Time;
        double[] open = _data.Open, high = _data.High, low = _data.Low, close = _data.Close;
        var pivotHigh = new PivotHighState();
        var pivotLow = new PivotLowState();
        var levels = new PivotPointLevelsState();
        var checksum = new SeriesChecksum();
        double previousClose = double.NaN;
        for (int i = 0; i < close.Length; i++)
        {
            checksum = checksum.Add(pivotHigh.Update(high[i], Leftbars, Rightbars, i)).Add(pivotLow.Update(low[i], Leftbars, Rightbars, i));
            PivotLevels l = levels.Update(
                open[i], high[i], low[i], close[i], previousClose, PivotPointType.Traditional, time[i] % 86_400_000 == 0, developing: false);
            checksum = double.IsNaN(l.P)
                ? checksum.Add(double.NaN)
                : checksum.Add(l.P).Add(l.R1).Add(l.S1).Add(l.R2).Add(l.S2).Add(l.R3).Add(l.S3).Add(l.R4).Add(l.S4).Add(l.R5).Add(l.S5);
            previousClose = close[i];
        }

        return checksum;
    }
}
