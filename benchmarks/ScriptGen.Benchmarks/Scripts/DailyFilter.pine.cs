using ScriptGen;

namespace ScriptGen.Benchmarks.Scripts;

/// <summary>The 20-day EMA of the close, imported on daily bars by <see cref="DailyFilterCross"/>.</summary>
[Indicator("Daily EMA")]
public partial class DailyEma
{
    [Input("Length", MinValue = 1)] public int Length { get; init; } = 20;

    protected override void Process() => chart.Plot(ta.Ema(close, Length), "Ema");
}

/// <summary>
/// An EMA 9/21 cross on the chart's bars, long only above the daily 20-day EMA and short only below it, the daily EMA
/// read through an import on the "D" timeframe (Pine's <c>request.security(syminfo.tickerid, "D", ta.ema(close, 20))</c>).
/// </summary>
[Strategy("Daily filter cross")]
public partial class DailyFilterCross
{
    DailyEma _daily = null!;

    protected override void Setup() => _daily = Import<DailyEma>(timeframe: "D");

    protected override void Process()
    {
        double fast = ta.Ema(close, 9);
        double slow = ta.Ema(close, 21);
        double trend = _daily.Plots.Ema;
        bool up = ta.Crossover(fast, slow);
        bool down = ta.Crossunder(fast, slow);
        if (up && close > trend)
        {
            strategy.Entry("Long", Direction.Long);
        }
        else if (down && close < trend)
        {
            strategy.Entry("Short", Direction.Short);
        }
    }
}

/// <summary>
/// <see cref="DailyFilterCross"/> with the daily EMA precomputed by hand for every chart bar (<see cref="DailyTrend"/>),
/// the baseline the import is measured against.
/// </summary>
[Strategy("Daily filter cross, precomputed")]
public partial class DailyFilterCrossPrecomputed
{
    /// <summary>The daily EMA each chart bar reads, computed before the run.</summary>
    public double[] DailyTrend { get; init; } = [];

    protected override void Process()
    {
        double fast = ta.Ema(close, 9);
        double slow = ta.Ema(close, 21);
        double trend = DailyTrend[bar_index];
        bool up = ta.Crossover(fast, slow);
        bool down = ta.Crossunder(fast, slow);
        if (up && close > trend)
        {
            strategy.Entry("Long", Direction.Long);
        }
        else if (down && close < trend)
        {
            strategy.Entry("Short", Direction.Short);
        }
    }
}
