using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Ta;

namespace ScriptGen.Benchmarks.Ta;

/// <summary>
/// The oscillator family: <c>RsiState</c>, <c>StochState</c> and <c>MfiState</c> (length 14) driven over
/// a million bars, vs <see cref="OscillatorsHandLoop"/> doing the same math by hand.
/// </summary>
[MemoryDiagnoser]
public class OscillatorsBenchmarks
{
    public const int Length = 14;

    private SyntheticBars _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticBars.ForBenchmarks();
        Verification.Same("oscillators", States(), HandLoop());
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public OscillatorsResult HandLoop() => OscillatorsHandLoop.Run(_data.High, _data.Low, _data.Close, _data.Volume, Length);

    [Benchmark(Description = "ta states")]
    public OscillatorsResult States()
    {
        double[] high = _data.High, low = _data.Low, close = _data.Close, volume = _data.Volume;
        var rsi = new RsiState();
        var stoch = new StochState();
        var mfi = new MfiState();
        double rsiTotal = 0, stochTotal = 0, mfiTotal = 0;
        for (int i = 0; i < close.Length; i++)
        {
            double x = close[i];
            double r = rsi.Update(x, Length);
            double s = stoch.Update(x, high[i], low[i], Length, i);
            double m = mfi.Update(x, volume[i], Length);
            if (i >= Length)
            {
                rsiTotal += r;
                stochTotal += s;
                mfiTotal += m;
            }
        }

        return new OscillatorsResult(rsiTotal, stochTotal, mfiTotal);
    }
}
