namespace ScriptGen.Tests.Data;

/// <summary>CSV features beyond the basics in Runtime/BarCsvTests: header detection, mapping, epoch units, opt-ins, rule messages with file lines.</summary>
public sealed class CsvFormatTests
{
    private static Bars Parse(string text, ColumnMapping? columns = null, BarDataOptions? options = null) =>
        BarCsv.Parse(new StringReader(text), "bars.csv", columns, options);

    private static BarDataException Fails(string text, ColumnMapping? columns = null, BarDataOptions? options = null) =>
        Assert.Throws<BarDataException>(() => Parse(text, columns, options));

    [Fact]
    public void A_file_without_a_header_is_read_as_time_open_high_low_close_volume()
    {
        Bars bars = Parse("1704067200,1.5,2,1,1.75,100\r\n1704070800,1.75,2.5,1.5,2,200\r\n");

        Assert.Equal(new[] { 1_704_067_200_000L, 1_704_070_800_000L }, bars.Time.ToArray());
        Assert.Equal(new double[] { 100, 200 }, bars.Volume.ToArray());
    }

    [Fact]
    public void A_file_without_a_header_cannot_use_names_and_must_have_five_or_six_fields()
    {
        Assert.StartsWith(
            "The CSV has no header row (line 1 is a bar), so the ColumnMapping's names cannot be found",
            Fails("1704067200,1,1,1,1\n", new ColumnMapping { Close = "Last" }).Message);
        Assert.StartsWith("The CSV has no header row (line 1 is a bar) and 4 fields", Fails("1704067200,1,1,1\n").Message);
    }

    [Fact]
    public void A_mapping_names_the_users_columns_and_errors_name_them_with_the_file_line()
    {
        var mapping = new ColumnMapping { Timestamp = "Date", Open = "O", High = "H", Low = "L", Close = "C", Volume = "Qty" };

        Bars bars = Parse("Date,O,H,L,C,Qty\n2024-01-01,1,2,0.5,1.5,7\n", mapping);
        BarDataException failure = Fails("Date,O,H,L,C,Qty\n2024-01-01,1,2,0.5,1.5,7\n2024-01-02,1,2,0.5,2.5,7\n", mapping);

        Assert.Equal(7.0, bars.Volume[0]);
        Assert.Equal(("H", 3), (failure.Column, failure.Row));
        Assert.StartsWith("Line 3: high 2 is below close 2.5;", failure.Message);
    }

    [Fact]
    public void A_mapped_column_that_is_missing_lists_the_columns_there_are()
    {
        BarDataException failure = Fails("time,open,high,low,close\n1,1,1,1,1\n", new ColumnMapping { Volume = "Qty" });

        Assert.Equal("Qty", failure.Column);
        Assert.Equal("The CSV has no 'Qty' column (mapped as volume). Its columns: time, open, high, low, close.", failure.Message);
    }

    [Fact]
    public void Names_differing_only_in_case_are_ambiguous_rather_than_guessed()
    {
        BarDataException failure = Fails("time,open,high,low,Close,CLOSE\n1,1,1,1,1,1\n");

        Assert.StartsWith("The CSV has several columns named 'close' ignoring case ('Close', 'CLOSE')", failure.Message);
    }

    [Fact]
    public void WithoutVolume_ignores_a_volume_column()
    {
        Bars bars = Parse("time,open,high,low,close,volume\n1704067200,1,1,1,1,5\n", new ColumnMapping { WithoutVolume = true });

        Assert.False(bars.HasVolume);
    }

    [Fact]
    public void An_empty_volume_field_is_na_and_a_negative_one_is_rejected_by_line()
    {
        Bars bars = Parse("time,open,high,low,close,volume\n1704067200,1,1,1,1,\n");
        BarDataException failure = Fails("time,open,high,low,close,volume\n1704067200,1,1,1,1,1\n1704070800,1,1,1,1,-1\n");

        Assert.True(double.IsNaN(bars.Volume[0]));
        Assert.Equal(("volume", 3), (failure.Column, failure.Row));
        Assert.Equal("Line 3, column 'volume': volume -1 is not valid; a volume is 0 or more, or NaN for na.", failure.Message);
    }

    [Fact]
    public void An_explicit_epoch_unit_reads_small_values_as_milliseconds()
    {
        // 1000 is 1000 s by magnitude (below 10^11), 1 s when the unit is milliseconds.
        string csv = "time,open,high,low,close\n1000,1,1,1,1\n";

        Assert.Equal(1_000_000L, Parse(csv).Time[0]);
        Assert.Equal(1_000L, Parse(csv, options: new BarDataOptions { EpochUnit = EpochUnit.Milliseconds }).Time[0]);
    }

    [Fact]
    public void Epochs_of_mixed_magnitudes_are_rejected_instead_of_read_in_two_units()
    {
        BarDataException failure = Fails("time,open,high,low,close\n1704067200,1,1,1,1\n1704070800000,1,1,1,1\n");

        Assert.Equal(("time", 3), (failure.Column, failure.Row));
        Assert.Equal(
            "Line 3, column 'time': 1704070800000 is of the size of an epoch in milliseconds, but the first row's time was read as seconds; " +
            "a time column must use one unit (set BarDataOptions.EpochUnit to say which).",
            failure.Message);
    }

    [Theory]
    [InlineData("2024-01-01", 1_704_067_200_000L)]
    [InlineData("2024-01-01T00:00Z", 1_704_067_200_000L)]
    [InlineData("2024-01-01T00:00:00.1234567Z", 1_704_067_200_123L)] // truncated to the millisecond
    [InlineData("2024-01-01T05:30:00+0530", 1_704_067_200_000L)]
    [InlineData("2023-12-31T19:00:00-05", 1_704_067_200_000L)]
    public void ISO_8601_forms_are_read(string time, long expected) =>
        Assert.Equal(expected, Parse($"time,open,high,low,close\n{time},1,1,1,1\n").Time[0]);

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-01-01T24:00:00")]
    [InlineData("01/02/2024")]
    [InlineData("2024-01-01T00:00:00+25:00")]
    [InlineData("2024-01-01T00:00:00 UTC")]
    public void Times_that_are_not_strict_ISO_8601_are_rejected(string time) =>
        Assert.Contains($"Line 2, column 'time': '{time}' is not a time", Fails($"time,open,high,low,close\n{time},1,1,1,1\n").Message);

    [Fact]
    public void A_quote_followed_by_text_is_rejected()
    {
        Assert.Equal(
            "Line 2: a quoted field must end at a separator, but its closing quote is followed by 'x'.",
            Fails("time,open,high,low,close\n\"1\"x,1,1,1,1\n").Message);
    }

    [Fact]
    public void Sorting_and_dropping_duplicates_work_on_files_too()
    {
        string csv = "time,open,high,low,close\n1704070800,2,2,2,2\n1704067200,1,1,1,1\n1704070800,3,3,3,3\n";

        Bars bars = Parse(csv, options: new BarDataOptions { SortByTime = true, DuplicateTimes = DuplicateTimes.KeepLast });

        Assert.Equal(new double[] { 1, 3 }, bars.Close.ToArray());
        Assert.Contains("line 4 (2024-01-01 01:00:00Z) duplicates line 2", Fails(csv, options: new BarDataOptions { SortByTime = true }).Message);
    }

    [Fact]
    public void Numbers_parse_to_the_same_double_as_the_framework_parser()
    {
        string[] texts = ["1.13734", "0.1", "-0", "123456789012345", "1e-7", "1.7976931348623157E+308", "0.30000000000000004", ".5", "7."];
        foreach (string text in texts)
        {
            double value = Parse($"time,open,high,low,close,volume\n1704067200,1,1,1,1,{text.TrimStart('-')}\n").Volume[0];
            Assert.Equal(double.Parse(text.TrimStart('-'), System.Globalization.CultureInfo.InvariantCulture), value);
        }
    }
}
