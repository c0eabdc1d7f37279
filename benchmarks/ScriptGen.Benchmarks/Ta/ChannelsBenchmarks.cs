using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Ta;

namespace ScriptGen.Benchmarks.Ta;

/// <summary>
/// The channels half of the bands-and-channels family: <see cref="KcState"/> (Keltner channels of the
/// close, length 20, mult 1.5, true range) and a Donchian channel from <see cref="HighestState"/> and
/// <see cref="LowestState"/> (20 bars), run as a script's call sites run them, against
/// <see cref="ChannelsHandLoop"/> computing the same values. (<see cref="BollingerBenchmarks"/> is the
/// bands half.)
/// </summary>
[MemoryDiagnoser]
public class ChannelsBenchmarks
{
    public const int Length = 20;
    public const double Mult = 1.5;

    private SyntheticBars _data = null!;

    [GlobalSetup(Target = nameof(HandLoop))]
    public void SetupHandLoop() => _data = SyntheticBars.ForBenchmarks();

    [GlobalSetup(Target = nameof(States))]
    public void SetupStates()
    {
        SetupHandLoop();
        Verification.SameChecksum("Channels", States(), HandLoop());
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public SeriesChecksum HandLoop() => ChannelsHandLoop.Run(_data.High, _data.Low, _data.Close, Length, Mult);

    [Benchmark(Description = "ta states")]
    public SeriesChecksum States()
    {
        double[] high = _data.High, low = _data.Low, close = _data.Close;
        var keltner = new KcState();
        var highest = new HighestState();
        var lowest = new LowestState();
        var checksum = new SeriesChecksum();
        double previousClose = double.NaN;
        for (int i = 0; i < close.Length; i++)
        {
            (double middle, double upper, double lower) = keltner.Update(close[i], high[i], low[i], previousClose, Length, Mult, useTrueRange: true);
            checksum = checksum.Add(middle).Add(upper).Add(lower)
                .Add(highest.Update(high[i], Length, i)).Add(lowest.Update(low[i], Length, i));
            previousClose = close[i];
        }

        return checksum;
    }
}
