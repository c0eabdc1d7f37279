using ScriptGen;
using ScriptGen.Namespaces;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// The session and time built-ins on a stock, each plotted under the Pine expression PyneCore evaluated for it
/// (tests/data/pynecore/stock_session_*.csv): a flag as 1 when true, 0 when false.
/// </summary>
[Indicator("stock session probe")]
public partial class StockSessionProbe
{
    protected override void Process()
    {
        chart.Plot(session.IsMarket ? 1 : 0, "session.ismarket");
        chart.Plot(session.IsPreMarket ? 1 : 0, "session.ispremarket");
        chart.Plot(session.IsPostMarket ? 1 : 0, "session.ispostmarket");
        chart.Plot(session.IsFirstBar ? 1 : 0, "session.isfirstbar");
        chart.Plot(session.IsLastBar ? 1 : 0, "session.islastbar");
        chart.Plot(session.IsFirstBarRegular ? 1 : 0, "session.isfirstbar_regular");
        chart.Plot(session.IsLastBarRegular ? 1 : 0, "session.islastbar_regular");
        chart.Plot(timeframe.Change("D") ? 1 : 0, "timeframe.change(\"D\")");
        chart.Plot(timeframe.Change("W") ? 1 : 0, "timeframe.change(\"W\")");
        chart.Plot(TimeIn("D"), "time(\"D\")");
        chart.Plot(TimeCloseIn("D"), "time_close(\"D\")");
        chart.Plot(ta.Vwap(close), "ta.vwap(close)");
        chart.Plot(!na(TimeIn(timeframe.Period, "0400-0930:23456")) ? 1 : 0, "not na(time(timeframe.period, \"0400-0930:23456\"))");
        chart.Plot(!na(TimeIn(timeframe.Period, "1600-2000:23456")) ? 1 : 0, "not na(time(timeframe.period, \"1600-2000:23456\"))");
    }
}
