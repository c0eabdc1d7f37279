using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Ta;

namespace ScriptGen.Benchmarks.Ta;

/// <summary>
/// The volume family: <see cref="AccDistState"/>, <see cref="PviState"/>, <see cref="PvtState"/>,
/// <see cref="WadState"/>, <c>ta.wvad</c> and <see cref="VwapState"/> (hlc3, anchored on the 00:00 UTC
/// bar, with 2-deviation bands), run as a script's call sites run them, against a hand-written loop
/// computing the same values.
/// </summary>
[MemoryDiagnoser]
public class VolumeFlowBenchmarks
{
    private const double StdevMult = 2;
    private SyntheticBars _data = null!;

    [GlobalSetup(Target = nameof(HandLoop))]
    public void SetupHandLoop() => _data = SyntheticBars.ForBenchmarks();

    [GlobalSetup(Target = nameof(States))]
    public void SetupStates()
    {
        SetupHandLoop();
        Verification.SameChecksum("Volume flow", States(), HandLoop());
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public SeriesChecksum HandLoop() =>
        VolumeFlowHandLoop.Run(_data.Time, _data.Open, _data.High, _data.Low, _data.Close, _data.Volume, StdevMult);

    [Benchmark(Description = "ta states")]
    public SeriesChecksum States()
    {
        long[] time = _data.Time;
        double[] open = _data.Open, high = _data.High, low = _data.Low, close = _data.Close, volume = _data.Volume;
        var accdist = new AccDistState();
        var pvi = new PviState();
        var pvt = new PvtState();
        var wad = new WadState();
        var vwap = new VwapState();
        var checksum = new SeriesChecksum();
        for (int i = 0; i < close.Length; i++)
        {
            double h = high[i], l = low[i], c = close[i], v = volume[i];
            double wvad = h == l ? double.NaN : (c - open[i]) / (h - l) * v; // TaNamespace.Wvad: stateless
            (double average, double upper, double lower) = vwap.Update((h + l + c) / 3, v, time[i] % 86_400_000 == 0, StdevMult);
            checksum = checksum.Add(accdist.Update(h, l, c, v)).Add(pvi.Update(c, v)).Add(pvt.Update(c, v)).Add(wad.Update(h, l, c))
                .Add(wvad).Add(average).Add(upper).Add(lower);
        }

        return checksum;
    }
}
