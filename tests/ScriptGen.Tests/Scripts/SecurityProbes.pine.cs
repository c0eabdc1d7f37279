using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>Plots its own bar's values: imported on another timeframe or symbol, it shows what that context's bars are.</summary>
[Indicator("own bar")]
public partial class OwnBar
{
    protected override void Process()
    {
        chart.Plot(open, "Open");
        chart.Plot(high, "High");
        chart.Plot(low, "Low");
        chart.Plot(close, "Close");
        chart.Plot(time, "Time");
        chart.Plot(bar_index, "BarIndex");
        chart.Plot(close[1], "PreviousClose");
        chart.Plot(ta.Sma(close, 5), "Sma5");
        chart.Plot(ta.Ema(close, 3), "Ema3");
    }
}

/// <summary>The own-bar indicator on the chart's symbol at daily and 4-hour timeframes, with lookahead and with gaps.</summary>
[Indicator("timeframes probe")]
public partial class TimeframesProbe
{
    OwnBar _daily = null!;
    OwnBar _fourHours = null!;
    OwnBar _dailyLookahead = null!;
    OwnBar _dailyGaps = null!;
    OwnBar _chart = null!;

    public OwnBar Daily => _daily;

    protected override void Setup()
    {
        _daily = Import<OwnBar>(timeframe: "D");
        _fourHours = Import<OwnBar>("240");
        _dailyLookahead = Import<OwnBar>(timeframe: "D", lookahead: true);
        _dailyGaps = Import<OwnBar>(timeframe: "D", gaps: true);
        _chart = Import<OwnBar>(timeframe: "");
    }

    protected override void Process()
    {
        chart.Plot(_daily.Plots.Open, "D open");
        chart.Plot(_daily.Plots.High, "D high");
        chart.Plot(_daily.Plots.Low, "D low");
        chart.Plot(_daily.Plots.Close, "D close");
        chart.Plot(_daily.Plots.Time, "D time");
        chart.Plot(_daily.Plots.BarIndex, "D bar_index");
        chart.Plot(_daily.Plots.Sma5, "D sma5");
        chart.Plot(_daily.Plots.Close[1], "D close[1] via history");
        chart.Plot(_dailyLookahead.Plots.PreviousClose, "D close[1] lookahead");
        chart.Plot(_dailyLookahead.Plots.Close, "D close lookahead");
        chart.Plot(_dailyGaps.Plots.Close, "D close gaps");
        chart.Plot(_fourHours.Plots.Open, "240 open");
        chart.Plot(_fourHours.Plots.High, "240 high");
        chart.Plot(_fourHours.Plots.Low, "240 low");
        chart.Plot(_fourHours.Plots.Close, "240 close");
        chart.Plot(_fourHours.Plots.Time, "240 time");
        chart.Plot(_fourHours.Plots.Ema3, "240 ema3");
        chart.Plot(_chart.Plots.Close, "chart close");
    }
}

/// <summary>Pine's advance/decline ratio: the closes of two other symbols, divided (TradingView's export in tests/data).</summary>
[Indicator("advance decline ratio")]
public partial class AdvanceDeclineRatio
{
    OwnBar _advancing = null!;
    OwnBar _declining = null!;
    OwnBar _advancingGaps = null!;

    protected override void Setup()
    {
        _advancing = Import<OwnBar>(symbol: "USI:ADVN.NY");
        _declining = Import<OwnBar>(symbol: "USI:DECL.NY");
        _advancingGaps = Import<OwnBar>(symbol: "USI:ADVN.NY", gaps: true);
    }

    protected override void Process()
    {
        chart.Plot(_advancing.Plots.Close / _declining.Plots.Close, "ratio");
        chart.Plot(_advancingGaps.Plots.Close, "advancing gaps");
        chart.Plot(_advancing.Plots.Close, "advancing");
    }
}

/// <summary>Imports on a timeframe given at run time, for the run-time checks of a timeframe and a symbol.</summary>
[Indicator("security request probe")]
public partial class SecurityRequestProbe
{
    [Input("Timeframe")] public string Period { get; init; } = "D";

    [Input("Symbol")] public string Ticker { get; init; } = "";

    OwnBar _imported = null!;

    protected override void Setup() => _imported = Import<OwnBar>(Period, Ticker.Length == 0 ? null : Ticker);

    protected override void Process() => chart.Plot(_imported.Plots.Close, "imported close");
}

/// <summary>An indicator on another timeframe that imports on yet another one: refused at run time.</summary>
[Indicator("nested timeframes")]
public partial class NestedTimeframes
{
    WeeklyFromDaily _inner = null!;

    protected override void Setup() => _inner = Import<WeeklyFromDaily>(timeframe: "D");

    protected override void Process() => chart.Plot(_inner.Plots.Weekly, "weekly");
}

/// <summary>Imports the own-bar indicator weekly.</summary>
[Indicator("weekly from daily")]
public partial class WeeklyFromDaily
{
    OwnBar _weekly = null!;

    protected override void Setup() => _weekly = Import<OwnBar>(timeframe: "W");

    protected override void Process() => chart.Plot(_weekly.Plots.Close, "Weekly");
}

/// <summary>The bar index of the own-bar indicator on 4-hour, daily and weekly bars: it rises where a period closes.</summary>
[Indicator("period count probe")]
public partial class PeriodCountProbe
{
    OwnBar _fourHours = null!;
    OwnBar _daily = null!;
    OwnBar _weekly = null!;

    protected override void Setup()
    {
        _fourHours = Import<OwnBar>(timeframe: "240");
        _daily = Import<OwnBar>(timeframe: "D");
        _weekly = Import<OwnBar>(timeframe: "W");
    }

    protected override void Process()
    {
        chart.Plot(_fourHours.Plots.BarIndex, "240 bars");
        chart.Plot(_daily.Plots.BarIndex, "D bars");
        chart.Plot(_weekly.Plots.BarIndex, "W bars");
    }
}

/// <summary>The own-bar indicator on the symbol "OTHER", with and without gaps.</summary>
[Indicator("other symbol probe")]
public partial class OtherSymbolProbe
{
    OwnBar _other = null!;
    OwnBar _otherGaps = null!;

    protected override void Setup()
    {
        _other = Import<OwnBar>(symbol: "OTHER");
        _otherGaps = Import<OwnBar>(symbol: "OTHER", gaps: true);
    }

    protected override void Process()
    {
        chart.Plot(_other.Plots.Close, "close");
        chart.Plot(_otherGaps.Plots.Close, "close gaps");
        chart.Plot(_other.Plots.BarIndex, "bar_index");
        chart.Plot(_other.Plots.Close[1], "close[1]");
    }
}

/// <summary>
/// A daily import with and without gaps and nothing on the chart's own bars: the run advances the chart in stretches
/// between the bars where a day closes, where <see cref="TimeframesProbe"/>'s chart-bar import makes it go bar by bar.
/// </summary>
[Indicator("daily only probe")]
public partial class DailyOnlyProbe
{
    OwnBar _daily = null!;
    OwnBar _dailyGaps = null!;

    protected override void Setup()
    {
        _daily = Import<OwnBar>(timeframe: "D");
        _dailyGaps = Import<OwnBar>(timeframe: "D", gaps: true);
    }

    protected override void Process()
    {
        chart.Plot(_daily.Plots.Close, "D close");
        chart.Plot(_dailyGaps.Plots.Close, "D close gaps");
    }
}
