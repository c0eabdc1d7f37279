using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>Reads timeframe.* and barstate.* on every bar, so a test sees what a script sees.</summary>
[Indicator("time model probe")]
public partial class TimeModelProbe
{
    /// <summary>timeframe.Period and timeframe.MainPeriod as the last bar saw them.</summary>
    public (string Period, string MainPeriod) SeenPeriods { get; private set; }

    protected override void Process()
    {
        SeenPeriods = (timeframe.Period, timeframe.MainPeriod);
        chart.Plot(timeframe.Multiplier, "multiplier");
        chart.Plot(Flags(timeframe.IsSeconds, timeframe.IsMinutes, timeframe.IsDaily, timeframe.IsWeekly, timeframe.IsMonthly), "unit flags");
        chart.Plot(Flags(timeframe.IsIntraday, timeframe.IsDwm, timeframe.IsTicks), "kind flags");
        chart.Plot(timeframe.InSeconds(), "in_seconds()");
        chart.Plot(timeframe.InSeconds("W"), "in_seconds(W)");
        chart.Plot(Flags(barstate.IsFirst, barstate.IsLast, barstate.IsLastConfirmedHistory), "position flags");
        chart.Plot(Flags(barstate.IsHistory, barstate.IsRealtime, barstate.IsNew, barstate.IsConfirmed), "state flags");
    }

    /// <summary>The flags as the digits of a number, first flag first: (true, false, true) is 101.</summary>
    private static double Flags(params bool[] flags) => flags.Aggregate(0, (number, flag) => number * 10 + (flag ? 1 : 0));
}

/// <summary>Asks for the length of a timeframe given as an input, which may not be one.</summary>
[Indicator("timeframe input probe")]
public partial class TimeframeInputProbe
{
    [Input("Timeframe")] public string Other { get; init; } = "D";

    protected override void Process() => chart.Plot(timeframe.InSeconds(Other), "seconds");
}
