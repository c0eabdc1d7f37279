namespace ScriptGen.Tests.Time;

/// <summary>
/// Pine timeframe strings. The accepted multipliers and the from_seconds examples are TradingView's
/// (Pine v5 User Manual, "Timeframes"; reference of <c>timeframe.from_seconds</c>); the lengths in seconds are
/// a TradingView export of <c>timeframe.in_seconds</c> (PyneCore's tests/t01_lib/t01_timeframe/data/timeframe_is.csv).
/// </summary>
public sealed class TimeframeTests
{
    [Theory]
    [InlineData("S", 1, TimeframeUnit.Seconds)]
    [InlineData("1S", 1, TimeframeUnit.Seconds)]
    [InlineData("30S", 30, TimeframeUnit.Seconds)]
    [InlineData("1", 1, TimeframeUnit.Minutes)]
    [InlineData("60", 60, TimeframeUnit.Minutes)]
    [InlineData("1440", 1440, TimeframeUnit.Minutes)]
    [InlineData("D", 1, TimeframeUnit.Days)]
    [InlineData("3D", 3, TimeframeUnit.Days)]
    [InlineData("365D", 365, TimeframeUnit.Days)]
    [InlineData("W", 1, TimeframeUnit.Weeks)]
    [InlineData("52W", 52, TimeframeUnit.Weeks)]
    [InlineData("M", 1, TimeframeUnit.Months)]
    [InlineData("12M", 12, TimeframeUnit.Months)]
    public void Pine_timeframe_strings_parse_to_a_multiplier_and_a_unit(string text, int multiplier, TimeframeUnit unit)
    {
        Timeframe timeframe = Timeframe.Parse(text);

        Assert.Equal((multiplier, unit), (timeframe.Multiplier, timeframe.Unit));
    }

    [Theory]
    [InlineData("60", "60")]
    [InlineData("1D", "D")]
    [InlineData("3D", "3D")]
    [InlineData("1W", "W")]
    [InlineData("1M", "M")]
    [InlineData("12M", "12M")]
    [InlineData("15S", "15S")]
    public void Period_is_written_as_Pine_v5_writes_timeframe_period(string text, string period) =>
        Assert.Equal(period, Timeframe.Parse(text).Period);

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("1H", "Pine has no hour unit; an hour is \"60\"")]
    [InlineData("5Q", "the unit 'Q' is not one of S (seconds), D (days), W (weeks), M (months), or none for minutes")]
    [InlineData("D5", "the unit 'D5' is not one of")]
    [InlineData("7S", "a timeframe in Seconds takes a multiplier of 1, 5, 10, 15 or 30")]
    [InlineData("0", "a timeframe in Minutes takes a multiplier of 1 to 1440")]
    [InlineData("1441", "a timeframe in Minutes takes a multiplier of 1 to 1440")]
    [InlineData("366D", "a timeframe in Days takes a multiplier of 1 to 365")]
    [InlineData("53W", "a timeframe in Weeks takes a multiplier of 1 to 52")]
    [InlineData("13M", "a timeframe in Months takes a multiplier of 1 to 12")]
    [InlineData("99999999999", "a timeframe in Minutes takes a multiplier of 1 to 1440")]
    public void A_string_TradingView_refuses_fails_saying_why_and_what_would_be_valid(string text, string reason)
    {
        var failure = Assert.Throws<FormatException>(() => Timeframe.Parse(text));

        Assert.StartsWith($"'{text}' is not a Pine timeframe: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(reason, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", 60)]
    [InlineData("5", 300)]
    [InlineData("240", 14_400)]
    [InlineData("D", 86_400)]
    [InlineData("4D", 345_600)]
    [InlineData("W", 604_800)]
    [InlineData("5W", 3_024_000)]
    [InlineData("M", 2_628_003)]
    [InlineData("2M", 5_256_006)]
    public void In_seconds_matches_TradingViews_export(string text, long seconds) =>
        Assert.Equal(seconds, Timeframe.Parse(text).InSeconds);

    [Theory]
    [InlineData(0, "1S")]
    [InlineData(1, "1S")]
    [InlineData(2, "5S")]
    [InlineData(5, "5S")]
    [InlineData(604_799, "7D")]
    [InlineData(604_800, "1W")]
    [InlineData(31_622_401, "12M")]
    public void From_seconds_gives_the_next_valid_timeframe_as_TradingView_documents(long seconds, string expected) =>
        Assert.Equal(expected, Timeframe.FromSeconds(seconds));

    [Theory]
    [InlineData(60, "1")]
    [InlineData(3_600, "60")]
    [InlineData(14_400, "240")]
    [InlineData(86_400, "1D")]
    [InlineData(1_209_600, "2W")]
    public void From_seconds_of_an_exact_timeframe_is_that_timeframe(long seconds, string expected)
    {
        string text = Timeframe.FromSeconds(seconds);

        Assert.Equal(expected, text);
        Assert.Equal(seconds, Timeframe.Parse(text).InSeconds);
    }

    [Theory]
    [InlineData(30, "30S")]
    [InlineData(3_600, "60")]
    [InlineData(86_400, "D")]
    [InlineData(7 * 86_400, "W")]
    [InlineData(28 * 86_400, "M")]
    [InlineData(31 * 86_400, "M")]
    public void The_timeframe_of_bars_follows_from_their_spacing(int seconds, string period) =>
        Assert.Equal(period, Timeframe.FromInterval(TimeSpan.FromSeconds(seconds))?.Period);

    [Fact]
    public void Bars_take_their_timeframe_from_their_spacing_or_as_given()
    {
        double[] prices = [1, 2, 3, 4];

        Bars hourly = TestBars.Prices(1, 2, 3);
        Bars monthly = TestBars.Monthly(prices);
        Bars fourWeekly = Bars.FromArrays(
            [.. Enumerable.Range(0, 4).Select(i => TestBars.Start + i * 28 * 24 * TestBars.Hour)], prices, prices, prices, prices, null,
            new BarDataOptions { Period = Timeframe.Parse("4W") });

        Assert.Equal(("60", "M", "4W"), (hourly.Period?.Period, monthly.Period?.Period, fourWeekly.Period?.Period));
        Assert.Null(TestBars.Prices(1).Period);
        Assert.Equal("60", hourly.Slice(1, 2).Period?.Period);
    }
}
