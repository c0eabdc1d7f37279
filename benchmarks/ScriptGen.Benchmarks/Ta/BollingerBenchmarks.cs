using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Ta;

namespace ScriptGen.Benchmarks.Ta;

/// <summary>
/// The bands family: <c>BbState</c> (length 20, mult 2) driven over a million closes, vs
/// <see cref="BollingerHandLoop"/> doing the same math by hand. (<c>BbwState</c> is this state plus one
/// expression.)
/// </summary>
[MemoryDiagnoser]
public class BollingerBenchmarks
{
    public const int Length = 20;
    public const double Mult = 2;

    private SyntheticBars _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticBars.ForBenchmarks();
        Verification.Same("Bollinger Bands", States(), HandLoop());
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public BollingerResult HandLoop() => BollingerHandLoop.Run(_data.Close, Length, Mult);

    [Benchmark(Description = "ta states")]
    public BollingerResult States()
    {
        double[] close = _data.Close;
        var bb = new BbState();
        double middleTotal = 0, upperTotal = 0, lowerTotal = 0;
        for (int i = 0; i < close.Length; i++)
        {
            (double middle, double upper, double lower) = bb.Update(close[i], Length, Mult);
            if (i >= Length - 1)
            {
                middleTotal += middle;
                upperTotal += upper;
                lowerTotal += lower;
            }
        }

        return new BollingerResult(middleTotal, upperTotal, lowerTotal);
    }
}
