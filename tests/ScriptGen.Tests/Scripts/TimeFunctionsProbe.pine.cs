using ScriptGen;
using ScriptGen.Namespaces;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// <c>time</c>, <c>time_close</c>, <c>timeframe.change</c>, <c>ta.vwap</c> and the <c>session.*</c> flags on a forex and a crypto symbol, each plotted
/// under the Pine expression PyneCore evaluated for it (tests/data/pynecore/time_*.csv): a flag as 1 when true, 0 when false.
/// </summary>
[Indicator("time functions probe")]
public partial class TimeFunctionsProbe
{
    private const string Daytime = "0300-1200:23456";
    private const string Overnight = "1900-0400:23456";

    protected override void Process()
    {
        chart.Plot(TimeIn("D"), "time(\"D\")");
        chart.Plot(TimeCloseIn("D"), "time_close(\"D\")");
        chart.Plot(TimeIn("W"), "time(\"W\")");
        chart.Plot(TimeCloseIn("W"), "time_close(\"W\")");
        chart.Plot(TimeIn("240"), "time(\"240\")");
        chart.Plot(TimeCloseIn("240"), "time_close(\"240\")");
        chart.Plot(TimeIn(timeframe.Period, Daytime), "time(timeframe.period, \"0300-1200:23456\")");
        chart.Plot(TimeCloseIn(timeframe.Period, Daytime), "time_close(timeframe.period, \"0300-1200:23456\")");
        chart.Plot(TimeIn(timeframe.Period, Overnight), "time(timeframe.period, \"1900-0400:23456\")");
        chart.Plot(TimeCloseIn(timeframe.Period, Overnight), "time_close(timeframe.period, \"1900-0400:23456\")");
        chart.Plot(timeframe.Change("D") ? 1 : 0, "timeframe.change(\"D\")");
        chart.Plot(timeframe.Change("W") ? 1 : 0, "timeframe.change(\"W\")");
        chart.Plot(ta.Vwap(close), "ta.vwap(close)");
        chart.Plot(session.IsFirstBar ? 1 : 0, "session.isfirstbar");
        chart.Plot(session.IsLastBar ? 1 : 0, "session.islastbar");
        chart.Plot(session.IsFirstBarRegular ? 1 : 0, "session.isfirstbar_regular");
        chart.Plot(session.IsLastBarRegular ? 1 : 0, "session.islastbar_regular");
        chart.Plot(session.IsMarket ? 1 : 0, "session.ismarket");
    }
}
