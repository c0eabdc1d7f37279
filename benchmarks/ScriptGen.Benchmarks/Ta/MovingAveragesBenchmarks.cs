using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Ta;

namespace ScriptGen.Benchmarks.Ta;

/// <summary>
/// The moving-average family: <c>SmaState</c>, <c>EmaState</c> and <c>WmaState</c> (length 20) driven
/// over a million closes, vs <see cref="MovingAveragesHandLoop"/> doing the same math by hand.
/// </summary>
/// <remarks>The states are called as a script's interceptors call them: one <c>Update</c> per state per bar.</remarks>
[MemoryDiagnoser]
public class MovingAveragesBenchmarks
{
    public const int Length = 20;

    private SyntheticBars _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticBars.ForBenchmarks();
        Verification.Same("moving averages", States(), HandLoop());
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public MovingAveragesResult HandLoop() => MovingAveragesHandLoop.Run(_data.Close, Length);

    [Benchmark(Description = "ta states")]
    public MovingAveragesResult States()
    {
        double[] close = _data.Close;
        var sma = new SmaState();
        var ema = new EmaState();
        var wma = new WmaState();
        double smaTotal = 0, emaTotal = 0, wmaTotal = 0;
        for (int i = 0; i < close.Length; i++)
        {
            double x = close[i];
            double s = sma.Update(x, Length);
            double e = ema.Update(x, Length);
            double w = wma.Update(x, Length);
            if (i >= Length - 1)
            {
                smaTotal += s;
                emaTotal += e;
                wmaTotal += w;
            }
        }

        return new MovingAveragesResult(smaTotal, emaTotal, wmaTotal);
    }
}
