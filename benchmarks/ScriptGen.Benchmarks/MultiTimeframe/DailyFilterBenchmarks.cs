using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.Scripts;

namespace ScriptGen.Benchmarks.MultiTimeframe;

/// <summary>
/// A strategy reading one daily value through an import on the "D" timeframe (Pine's <c>request.security</c>) vs the
/// same strategy reading the daily values from an array computed by hand before the run: what building the daily bars,
/// running the imported indicator on them and aligning it to the chart cost. Issue target: within 1.2x.
/// </summary>
/// <remarks>
/// The bars are the benchmarks' 1,000,000 one-minute bars on a 24x7 UTC symbol, so a day is a UTC calendar day
/// (694 of them). The hand computation groups the minutes by UTC day and makes each day's EMA visible from the day's
/// last minute on; the setup checks that both strategies make the same trades.
/// </remarks>
[MemoryDiagnoser]
public class DailyFilterBenchmarks
{
    private static readonly RunOptions s_options = new() { RecordPlots = false };
    private readonly RuntimeEnvironment _environment = new();
    private SyntheticBars _data = null!;
    private double[] _dailyTrend = [];

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticBars.ForBenchmarks();
        _dailyTrend = HandDailyEma(_data.Time, _data.Close, DailyEma.Inputs.Default.Length);
        Verify();
    }

    [Benchmark(Baseline = true, Description = "Daily values precomputed")]
    public StrategyResult Precomputed() => RunPrecomputed(_data, _dailyTrend);

    [Benchmark(Description = "Import on \"D\"")]
    public StrategyResult Import() => RunImport(_data);

    /// <summary>Throws unless both strategies make the same trades (the tests run it on fewer bars).</summary>
    internal void Verify() => Verification.SameStrategies("Daily filter cross", RunImport(_data), RunPrecomputed(_data, _dailyTrend), minimumTrades: _data.Count / 5000); // the daily filter lets through about one cross in four

    internal void SetupFor(SyntheticBars data)
    {
        _data = data;
        _dailyTrend = HandDailyEma(data.Time, data.Close, DailyEma.Inputs.Default.Length);
    }

    private StrategyResult RunImport(SyntheticBars data) => _environment.RunStrategy(DailyFilterCross.Create(), data.Bars, s_options);

    private StrategyResult RunPrecomputed(SyntheticBars data, double[] dailyTrend) =>
        _environment.RunStrategy(new DailyFilterCrossPrecomputed { DailyTrend = dailyTrend }, data.Bars, s_options);

    /// <summary>
    /// The EMA of each UTC day's last close (seeded with the SMA of the first <paramref name="length"/> days, summed as
    /// <c>ta.sma</c> sums, then <c>prev + alpha * (close - prev)</c>, as Pine's <c>ta.ema</c>), and on each minute the value
    /// of the last day that had ended by the minute's close: na until the first EMA value.
    /// </summary>
    internal static double[] HandDailyEma(long[] time, double[] close, int length)
    {
        const long Day = 86_400_000, Minute = 60_000;
        var dayCloses = new List<double>();
        var visibleFrom = new List<int>(); // the chart bar on which each day becomes visible
        int pending = -1; // the bar holding the last close of the day not yet ended
        for (int i = 0; i < time.Length; i++)
        {
            if (pending >= 0 && time[i] / Day != time[pending] / Day)
            {
                Finish(pending, i); // a bar of a later day: the pending day ended before it opened
            }

            pending = i;
            if ((time[i] + Minute) % Day == 0)
            {
                Finish(i, i); // this minute closes at midnight, the day's end
                pending = -1;
            }
        }

        double[] daily = [.. dayCloses];
        var ema = new double[daily.Length];
        Array.Fill(ema, double.NaN);
        if (daily.Length >= length)
        {
            double alpha = 2.0 / (length + 1);
            ema[length - 1] = HandLoops.EmaCrossHandLoop.Seed(daily, length);
            for (int d = length; d < daily.Length; d++)
            {
                ema[d] = ema[d - 1] + alpha * (daily[d] - ema[d - 1]);
            }
        }

        var aligned = new double[time.Length];
        int day = -1;
        for (int i = 0; i < time.Length; i++)
        {
            while (day + 1 < visibleFrom.Count && visibleFrom[day + 1] <= i)
            {
                day++;
            }

            aligned[i] = day < 0 ? double.NaN : ema[day];
        }

        return aligned;

        void Finish(int lastBar, int visibleOn)
        {
            dayCloses.Add(close[lastBar]);
            visibleFrom.Add(visibleOn);
        }
    }
}
