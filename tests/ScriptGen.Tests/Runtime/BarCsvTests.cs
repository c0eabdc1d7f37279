using ScriptGen.Tests.Reference;

namespace ScriptGen.Tests.Runtime;

/// <summary>Reading bars from CSV: the bundled TradingView export, formats, and the exact failure for bad files.</summary>
public sealed class BarCsvTests
{
    private static Bars Parse(string text) => BarCsv.Parse(new StringReader(text), "test.csv");

    private static BarDataException Fails(string text) => Assert.Throws<BarDataException>(() => Parse(text));

    [Fact]
    public void TradingViews_hourly_export_loads_every_bar_with_its_instant_and_prices()
    {
        ReferenceCsv raw = ReferenceCsv.Load("strategy/ohlcv.csv");

        Bars bars = BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv"));

        Assert.Equal(raw.RowCount, bars.Count);
        Assert.Equal(raw.Numbers("close"), bars.Close.ToArray());
        Assert.Equal(raw.Numbers("Volume"), bars.Volume.ToArray());
        // 2022-01-02T17:00:00-05:00 is 22:00 UTC.
        Assert.Equal(new DateTimeOffset(2022, 1, 2, 22, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), bars.Time[0]);
        Assert.Equal(TimeSpan.FromHours(1), bars.Timeframe);
    }

    [Theory]
    [InlineData("1704067200", 1704067200000L)] // seconds
    [InlineData("1704067200000", 1704067200000L)] // milliseconds
    [InlineData("1704067200000000", 1704067200000L)] // microseconds
    [InlineData("1704067200000000000", 1704067200000L)] // nanoseconds
    [InlineData("2024-01-01T00:00:00Z", 1704067200000L)]
    [InlineData("2024-01-01 02:00:00+02:00", 1704067200000L)]
    [InlineData("2024-01-01T00:00:00", 1704067200000L)] // no offset: UTC
    public void Times_may_be_epochs_of_any_unit_or_ISO_8601(string time, long expected)
    {
        Bars bars = Parse($"time,open,high,low,close\n{time},1,2,0.5,1.5\n");

        Assert.Equal(expected, bars.Time[0]);
        Assert.False(bars.HasVolume);
        Assert.Equal("test.csv", bars.Source);
    }

    [Fact]
    public void Semicolons_quotes_any_case_and_extra_columns_are_read()
    {
        Bars bars = Parse("\"Date\";\"OPEN\";High;Low;Close;Vol;\"note; with separator\"\n1704067200;1.5;2;1;1.75;100;\"x; y\"\n");

        Assert.Equal((1.5, 2.0, 1.0, 1.75, 100.0), (bars.Open[0], bars.High[0], bars.Low[0], bars.Close[0], bars.Volume[0]));
    }

    [Fact]
    public void A_missing_column_is_named_with_the_columns_the_file_has()
    {
        BarDataException failure = Fails("time,open,high,close\n1,1,1,1\n");

        Assert.Equal("low", failure.Column);
        Assert.Equal("The CSV has no 'low' column. Its columns: time, open, high, close.", failure.Message);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_named_by_line_and_column()
    {
        BarDataException failure = Fails("time,open,high,low,close\n1704067200,1,2,1,1\n1704070800,1,2,x1,1\n");

        Assert.Equal(("low", 3), (failure.Column, failure.Row));
        Assert.Equal("Line 3, column 'low': 'x1' is not a number (invariant culture, e.g. 1.2345).", failure.Message);
    }

    [Fact]
    public void Non_finite_prices_are_rejected()
    {
        BarDataException failure = Fails("time,open,high,low,close\n1704067200,1,2,1,NaN\n");
        Assert.Equal(("close", 2), (failure.Column, failure.Row));
    }

    [Fact]
    public void A_time_that_is_not_a_time_is_named()
    {
        BarDataException failure = Fails("time,open,high,low,close\nyesterday,1,2,1,1\n");
        Assert.Contains("Line 2, column 'time': 'yesterday' is not a time", failure.Message);
    }

    [Fact]
    public void Out_of_order_times_are_named_by_file_line()
    {
        BarDataException failure = Fails("time,open,high,low,close\n1704070800,1,2,1,1\n1704067200,1,2,1,1\n");

        Assert.Equal(("time", 3), (failure.Column, failure.Row));
        Assert.Contains("line 3 (2024-01-01 00:00:00Z) is earlier than line 2 (2024-01-01 01:00:00Z)", failure.Message);
    }

    [Fact]
    public void Rows_with_too_few_fields_a_blank_line_inside_and_an_unclosed_quote_are_rejected()
    {
        Assert.Contains("Line 2 has 4 fields but the header has 5", Fails("time,open,high,low,close\n1,1,2,1\n").Message);
        Assert.Contains("Line 2 is empty but more rows follow", Fails("time,open,high,low,close\n\n1,1,2,1,1\n").Message);
        Assert.Contains("Line 2 has an unclosed quote", Fails("time,open,high,low,close\n\"1,1,2,1,1\n").Message);
    }

    [Fact]
    public void Empty_and_missing_files_are_rejected()
    {
        Assert.Contains("The CSV is empty", Fails(string.Empty).Message);
        Assert.Contains("no bars", Fails("time,open,high,low,close\n").Message);
        var missing = Assert.Throws<BarDataException>(() => BarCsv.Read("/nonexistent/bars.csv"));
        Assert.Equal("/nonexistent/bars.csv", missing.Source);
    }
}
