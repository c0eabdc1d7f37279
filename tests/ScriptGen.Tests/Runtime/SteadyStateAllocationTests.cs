using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>
/// Zero bytes a bar in steady state, at the scale of a real backtest: a strategy that calls <c>ta</c>, plots, re-issues
/// an order and reads the account on every bar allocates the same over 100,000 and 1,000,000 bars once what grows is
/// switched off (plots and the equity curve), apart from one number a month for the Sharpe ratio.
/// </summary>
[Collection(AllocationMeasurements.Name)]
public sealed class SteadyStateAllocationTests
{
    private static readonly Lazy<Bars> s_million = new(() => GeometricWalk(1_000_000));

    [Fact]
    public void A_strategy_with_plots_and_equity_off_allocates_the_same_for_100k_and_1M_bars_but_one_double_a_month()
    {
        Bars large = s_million.Value;
        Bars small = large.Slice(0, 100_000);
        var options = new RunOptions { RecordPlots = false, RecordEquity = false };
        StrategyResult? smallResult = null, largeResult = null;
        long[] bytes = AllocationTests.AllocatedInTurn(
            () => smallResult = new RuntimeEnvironment().RunStrategy(SteadyStateProbe.Create(), small, options),
            () => largeResult = new RuntimeEnvironment().RunStrategy(SteadyStateProbe.Create(), large, options));
        (long smallBytes, long largeBytes) = (bytes[0], bytes[1]);
        int smallTrades = smallResult!.ClosedTrades.Count;
        StrategyResult result = largeResult!;

        // Equity is kept at each month's last bar (UTC here), one double each: the months the bars span, counted by the calendar.
        long monthGrowth = (MonthsSpanned(large) - MonthsSpanned(small)) * sizeof(double);
        Assert.Equal(smallTrades, result.ClosedTrades.Count);
        Assert.Single(result.OpenTrades);
        Assert.Equal(monthGrowth, largeBytes - smallBytes);
    }

    [Fact]
    public void Recording_equity_costs_one_double_a_bar_and_nothing_else()
    {
        Bars large = s_million.Value;
        Bars small = large.Slice(0, 100_000);
        Action Run(Bars bars, bool equity) => () =>
            new RuntimeEnvironment().RunStrategy(SteadyStateProbe.Create(), bars, new RunOptions { RecordPlots = false, RecordEquity = equity });
        long[] bytes = AllocationTests.AllocatedInTurn(Run(large, equity: true), Run(small, equity: true), Run(large, equity: false), Run(small, equity: false));

        long curveGrowth = (bytes[0] - bytes[1]) - (bytes[2] - bytes[3]);

        // The curve replaces the monthly values: its growth is a double a bar, less the monthly doubles the lean run grew by.
        long expected = (large.Count - small.Count) * sizeof(double) - (MonthsSpanned(large) - MonthsSpanned(small)) * sizeof(double);
        Assert.Equal(expected, curveGrowth);
    }

    private static long MonthsSpanned(Bars bars)
    {
        DateTime first = DateTimeOffset.FromUnixTimeMilliseconds(bars.Time[0]).UtcDateTime;
        DateTime last = DateTimeOffset.FromUnixTimeMilliseconds(bars.Time[^1]).UtcDateTime;
        return (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
    }

    /// <summary>Hourly bars of a multiplicative random walk, so a million of them stay positive.</summary>
    private static Bars GeometricWalk(int count)
    {
        var random = new Random(11);
        var time = new long[count];
        var open = new double[count];
        var high = new double[count];
        var low = new double[count];
        var close = new double[count];
        double price = 100;
        for (int i = 0; i < count; i++)
        {
            time[i] = TestBars.TimeOf(i);
            open[i] = price;
            price *= Math.Exp((random.NextDouble() - 0.5) * 0.002);
            close[i] = price;
            high[i] = Math.Max(open[i], close[i]) * (1 + random.NextDouble() * 0.0005);
            low[i] = Math.Min(open[i], close[i]) * (1 - random.NextDouble() * 0.0005);
        }

        return Bars.FromArrays(time, open, high, low, close);
    }
}
