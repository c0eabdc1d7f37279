using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Time;

/// <summary>
/// <c>timeframe.*</c> and <c>barstate.*</c> as a script reads them. Expected values follow Pine's definitions
/// (Pine v5 reference manual: the timeframe and barstate variables) for the bars given.
/// </summary>
public sealed class TimeModelScriptTests
{
    [Fact]
    public void A_script_on_hourly_bars_reads_a_60_minute_timeframe()
    {
        var probe = TimeModelProbe.Create();

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(probe, TestBars.Prices(1, 2, 3));

        Assert.Equal(("60", "60"), probe.SeenPeriods);
        Assert.Equal([60, 60, 60], Plot(result, "multiplier"));
        Assert.Equal([1000, 1000, 1000], Plot(result, "unit flags")); // seconds 0, minutes 1, daily 0, weekly 0, monthly 0
        Assert.Equal([100, 100, 100], Plot(result, "kind flags"));
        Assert.Equal([3600, 3600, 3600], Plot(result, "in_seconds()"));
        Assert.Equal([604_800, 604_800, 604_800], Plot(result, "in_seconds(W)"));
    }

    [Fact]
    public void A_script_on_monthly_bars_reads_a_monthly_timeframe()
    {
        var probe = TimeModelProbe.Create();

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(probe, TestBars.Monthly(1, 2, 3));

        Assert.Equal(("M", "M"), probe.SeenPeriods);
        Assert.Equal([1, 1, 1], Plot(result, "multiplier"));
        Assert.Equal([1, 1, 1], Plot(result, "unit flags"));   // only monthly
        Assert.Equal([10, 10, 10], Plot(result, "kind flags")); // dwm, not intraday
        Assert.Equal([2_628_003, 2_628_003, 2_628_003], Plot(result, "in_seconds()"));
    }

    [Fact]
    public void Barstate_marks_the_first_and_last_bars_and_every_bar_as_a_confirmed_historical_new_one()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(TimeModelProbe.Create(), TestBars.Prices(1, 2, 3, 4));

        Assert.Equal([100, 0, 0, 11], Plot(result, "position flags"));
        Assert.Equal([1011, 1011, 1011, 1011], Plot(result, "state flags"));
    }

    [Fact]
    public void A_string_that_is_not_a_timeframe_fails_the_run_at_its_bar_saying_why()
    {
        var probe = TimeframeInputProbe.Create(new TimeframeInputProbe.Inputs { Other = "1H" });

        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(probe, TestBars.Prices(1, 2)));

        Assert.Equal(0, failure.BarIndex);
        Assert.Contains("timeframe.InSeconds(\"1H\"): '1H' is not a Pine timeframe: Pine has no hour unit; an hour is \"60\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_bar_with_no_timeframe_given_fails_saying_how_to_give_it()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(TimeModelProbe.Create(), TestBars.Prices(1)));

        Assert.Contains("Give it with BarDataOptions.Period", failure.Message, StringComparison.Ordinal);
    }

    private static double[] Plot(IndicatorResult result, string title) => result.GetPlot(title).Values.ToArray();
}
