using ScriptGen;
using ScriptGen.Namespaces;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// The session flags, plotted as PyneCore's TradingView export of them plots them (tests/data/tradingview/time/session_*.csv):
/// each flag as its own number when true, 0 when false.
/// </summary>
[Indicator("session probe")]
public partial class SessionProbe
{
    protected override void Process()
    {
        chart.Plot(session.IsFirstBar ? 1 : 0, "isfirstbar");
        chart.Plot(session.IsFirstBarRegular ? 1.5 : 0, "isfirstbar_regular");
        chart.Plot(session.IsLastBar ? 2 : 0, "islastbar");
        chart.Plot(session.IsLastBarRegular ? 2.5 : 0, "islastbar_regular");
        chart.Plot(session.IsMarket ? 3 : 0, "ismarket");
        chart.Plot(session.IsPreMarket ? 4 : 0, "ispremarket");
        chart.Plot(session.IsPostMarket ? 5 : 0, "ispostmarket");
    }
}

/// <summary>timeframe.change on the five-minute chart, plotted as the TradingView export plots it (timeframe_change_forex_5.csv).</summary>
[Indicator("timeframe change probe")]
public partial class TimeframeChangeProbe
{
    protected override void Process()
    {
        chart.Plot(timeframe.Change("15") ? 1 : 0, "tf_change_15");
        chart.Plot(timeframe.Change("240") ? 1.5 : 0, "tf_change_240");
        chart.Plot(timeframe.Change("D") ? 2 : 0, "tf_change_D");
        chart.Plot(timeframe.Change("2D") ? 2.2 : 0, "tf_change_2D");
        chart.Plot(timeframe.Change("W") ? 2.5 : 0, "tf_change_W");
        chart.Plot(timeframe.Change("3W") ? 2.8 : 0, "tf_change_3W");
        chart.Plot(timeframe.Change("M") ? 3 : 0, "tf_change_M");
    }
}

/// <summary>timeframe.change of multi-period timeframes on the four-hour chart (timeframe_change_forex_240.csv).</summary>
[Indicator("timeframe change probe 2")]
public partial class TimeframeChangeMultiProbe
{
    protected override void Process()
    {
        chart.Plot(timeframe.Change("3D") ? 1 : 0, "tf_change_3D");
        chart.Plot(timeframe.Change("7D") ? 2 : 0, "tf_change_7D");
        chart.Plot(timeframe.Change("5W") ? 3 : 0, "tf_change_5W");
        chart.Plot(timeframe.Change("7W") ? 4 : 0, "tf_change_7W");
        chart.Plot(timeframe.Change("M") ? 5 : 0, "tf_change_1M");
        chart.Plot(timeframe.Change("3M") ? 6 : 0, "tf_change_3M");
    }
}

/// <summary>Pivot point levels anchored on timeframe.change("D"), as the TradingView export (pivot_point_levels_forex_30.csv).</summary>
[Indicator("pivot point levels probe")]
public partial class SessionPivotProbe
{
    protected override void Process()
    {
        bool daily = timeframe.Change("D");
        PivotLevels traditional = ta.PivotPointLevels(PivotPointType.Traditional, daily);
        chart.Plot(traditional.P, "P_trad");
        chart.Plot(traditional.R1, "R1_trad");
        chart.Plot(traditional.S1, "S1_trad");
        chart.Plot(traditional.R2, "R2_trad");
        chart.Plot(traditional.S2, "S2_trad");
        chart.Plot(traditional.R3, "R3_trad");
        chart.Plot(traditional.S3, "S3_trad");
        PivotLevels fibonacci = ta.PivotPointLevels(PivotPointType.Fibonacci, daily);
        chart.Plot(fibonacci.P, "P_fib");
        chart.Plot(fibonacci.R1, "R1_fib");
        chart.Plot(fibonacci.S1, "S1_fib");
        PivotLevels dm = ta.PivotPointLevels(PivotPointType.DM, daily);
        chart.Plot(dm.P, "P_dm");
        chart.Plot(dm.R1, "R1_dm");
        chart.Plot(dm.S1, "S1_dm");
        PivotLevels camarilla = ta.PivotPointLevels(PivotPointType.Camarilla, daily);
        chart.Plot(camarilla.P, "P_cam");
        chart.Plot(camarilla.R4, "R4_cam");
        chart.Plot(camarilla.S4, "S4_cam");
        chart.Plot(ta.PivotPointLevels(PivotPointType.Woodie, daily).P, "P_woodie");
    }
}

/// <summary>ta.vwap(close) with its default (trading-day) anchor, and the session times of the bar.</summary>
[Indicator("session vwap probe")]
public partial class SessionVwapProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Vwap(close), "vwap");
        chart.Plot(TimeIn("D"), "time(D)");
        chart.Plot(TimeCloseIn("D"), "time_close(D)");
        chart.Plot(TimeIn("240"), "time(240)");
        chart.Plot(TimeIn("W"), "time(W)");
        chart.Plot(TimeIn("60", "0930-1600:23456", "America/New_York"), "time(60, 0930-1600:23456)");
        chart.Plot(TimeCloseIn("60", "0930-1600:23456", "America/New_York"), "time_close(60, 0930-1600:23456)");
        chart.Plot(TimeIn("D", "0930-1600:23456", "America/New_York"), "time(D, 0930-1600:23456)");
    }
}

/// <summary>The session flags, timeframe.change("D") and ta.vwap(close) on a stock with pre- and post-market hours.</summary>
[Indicator("extended session probe")]
public partial class ExtendedSessionProbe
{
    protected override void Process()
    {
        chart.Plot(session.IsMarket ? 1 : session.IsPreMarket ? 2 : session.IsPostMarket ? 3 : 0, "part");
        chart.Plot((session.IsFirstBar ? 1000 : 0) + (session.IsFirstBarRegular ? 100 : 0) + (session.IsLastBar ? 10 : 0) + (session.IsLastBarRegular ? 1 : 0), "first/last");
        chart.Plot(timeframe.Change("D") ? 1 : 0, "change(D)");
        chart.Plot(ta.Vwap(close), "vwap");
        chart.Plot(syminfo.SessionType == PineSession.Extended ? 1 : 0, "extended");
    }
}
