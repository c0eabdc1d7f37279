namespace ScriptGen.Tests.Data;

/// <summary>
/// The rules every bar source is held to (docs/data.md, "Validation"), each with its exact message,
/// checked here on arrays (rows 0-based); the CSV, data frame, Arrow and Parquet tests check that
/// their sources reach the same rules with their own column names and row numbers.
/// </summary>
public sealed class BarValidationTests
{
    private static readonly long[] s_times = [TestBars.TimeOf(0), TestBars.TimeOf(1), TestBars.TimeOf(2)];

    private static BarDataException Fails(double[] open, double[] high, double[] low, double[] close, double[]? volume = null) =>
        Assert.Throws<BarDataException>(() => Bars.FromArrays(s_times, open, high, low, close, volume));

    [Fact]
    public void High_below_low_is_rejected_naming_the_row()
    {
        BarDataException failure = Fails([1, 1, 1], [2, 2, 0.5], [1, 1, 0.9], [1, 1, 0.9]);

        Assert.Equal(("high", 2), (failure.Column, failure.Row));
        Assert.Equal(
            "Row 2: high 0.5 is below low 0.9; a bar's high must be at least its open, close and low, and its low at most its open and close.",
            failure.Message);
    }

    [Theory]
    [InlineData(1.5, 1.2, "high 1.4 is below open 1.5")]
    [InlineData(1.2, 1.5, "high 1.4 is below close 1.5")]
    public void High_below_open_or_close_is_rejected(double open, double close, string what)
    {
        BarDataException failure = Fails([1, open, 1], [1, 1.4, 1], [1, 1.1, 1], [1, close, 1]);

        Assert.Equal(("high", 1), (failure.Column, failure.Row));
        Assert.StartsWith($"Row 1: {what};", failure.Message);
    }

    [Theory]
    [InlineData(1.0, 1.3, "low 1.1 is above open 1")]
    [InlineData(1.3, 1.0, "low 1.1 is above close 1")]
    public void Low_above_open_or_close_is_rejected(double open, double close, string what)
    {
        BarDataException failure = Fails([1, open, 1], [1, 1.4, 1], [1, 1.1, 1], [1, close, 1]);

        Assert.Equal(("low", 1), (failure.Column, failure.Row));
        Assert.StartsWith($"Row 1: {what};", failure.Message);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Prices_must_be_finite(double bad, string shown)
    {
        BarDataException failure = Fails([1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, bad]);

        Assert.Equal(("close", 2), (failure.Column, failure.Row));
        Assert.Equal(
            $"Row 2, column 'close': {shown} is not a price; open, high, low and close must be finite numbers on every bar (only volume may be NaN).",
            failure.Message);
    }

    [Fact]
    public void Negative_and_infinite_volume_are_rejected_but_NaN_volume_is_na()
    {
        double[] flat = [1, 1, 1];
        BarDataException negative = Fails(flat, flat, flat, flat, [1, -5, 1]);
        BarDataException infinite = Fails(flat, flat, flat, flat, [1, 1, double.PositiveInfinity]);
        Bars withNa = Bars.FromArrays(s_times, flat, flat, flat, flat, [1, double.NaN, 0]);

        Assert.Equal(("volume", 1), (negative.Column, negative.Row));
        Assert.Equal("Row 1, column 'volume': volume -5 is not valid; a volume is 0 or more, or NaN for na.", negative.Message);
        Assert.Equal(("volume", 2), (infinite.Column, infinite.Row));
        Assert.True(double.IsNaN(withNa.Volume[1]));
    }

    [Fact]
    public void Times_outside_the_years_1_to_9999_are_rejected()
    {
        double[] flat = [1, 1];
        var failure = Assert.Throws<BarDataException>(() => Bars.FromArrays([0, long.MaxValue], flat, flat, flat, flat));

        Assert.Equal(("time", 1), (failure.Column, failure.Row));
        Assert.Equal($"Row 1, column 'time': time {long.MaxValue} (Unix ms) is outside the years 0001-9999.", failure.Message);
    }

    [Fact]
    public void Out_of_order_and_duplicate_times_say_which_option_would_accept_them()
    {
        double[] flat = [1, 1, 1];
        var earlier = Assert.Throws<BarDataException>(() => Bars.FromArrays([TestBars.TimeOf(0), TestBars.TimeOf(2), TestBars.TimeOf(1)], flat, flat, flat, flat));
        var duplicate = Assert.Throws<BarDataException>(() => Bars.FromArrays([TestBars.TimeOf(0), TestBars.TimeOf(1), TestBars.TimeOf(1)], flat, flat, flat, flat));

        Assert.Equal(
            "Bar times must be strictly increasing: row 2 (2024-01-01 01:00:00Z) is earlier than row 1 (2024-01-01 02:00:00Z); " +
            "sort the data, or set BarDataOptions.SortByTime.",
            earlier.Message);
        Assert.Equal(
            "Bar times must be strictly increasing: row 2 (2024-01-01 01:00:00Z) duplicates row 1 (2024-01-01 01:00:00Z); " +
            "set BarDataOptions.DuplicateTimes to KeepFirst or KeepLast to drop all but one.",
            duplicate.Message);
    }

    [Fact]
    public void SortByTime_is_a_stable_opt_in_that_copies()
    {
        long[] times = [TestBars.TimeOf(2), TestBars.TimeOf(0), TestBars.TimeOf(1)];
        double[] close = [3, 1, 2];

        Bars bars = Bars.FromArrays(times, close, close, close, close, null, new BarDataOptions { SortByTime = true });

        Assert.Equal(new[] { TestBars.TimeOf(0), TestBars.TimeOf(1), TestBars.TimeOf(2) }, bars.Time.ToArray());
        Assert.Equal(new double[] { 1, 2, 3 }, bars.Close.ToArray());
        Assert.Equal(new double[] { 3, 1, 2 }, close); // The caller's arrays are untouched.
    }

    [Theory]
    [InlineData(DuplicateTimes.KeepFirst, 20.0)]
    [InlineData(DuplicateTimes.KeepLast, 21.0)]
    public void Duplicate_times_are_dropped_only_when_asked_keeping_the_chosen_row(DuplicateTimes policy, double kept)
    {
        // Rows 1 and 3 share 01:00; sorted, 20 comes before 21 because sorting keeps the source's order.
        long[] times = [TestBars.TimeOf(0), TestBars.TimeOf(1), TestBars.TimeOf(2), TestBars.TimeOf(1)];
        double[] close = [10, 20, 30, 21];

        Bars bars = Bars.FromArrays(times, close, close, close, close, null, new BarDataOptions { SortByTime = true, DuplicateTimes = policy });

        Assert.Equal(new double[] { 10, kept, 30 }, bars.Close.ToArray());
    }

    [Fact]
    public void Sorting_alone_still_rejects_duplicates_naming_the_rows_of_the_source()
    {
        long[] times = [TestBars.TimeOf(1), TestBars.TimeOf(0), TestBars.TimeOf(1)];
        double[] close = [1, 2, 3];

        var failure = Assert.Throws<BarDataException>(
            () => Bars.FromArrays(times, close, close, close, close, null, new BarDataOptions { SortByTime = true }));

        Assert.Equal(2, failure.Row);
        Assert.Contains("row 2 (2024-01-01 01:00:00Z) duplicates row 0 (2024-01-01 01:00:00Z)", failure.Message);
    }

    [Fact]
    public void A_value_error_names_the_sources_row_even_when_sorting()
    {
        long[] times = [TestBars.TimeOf(2), TestBars.TimeOf(0), TestBars.TimeOf(1)];
        double[] good = [1, 1, 1];

        var failure = Assert.Throws<BarDataException>(
            () => Bars.FromArrays(times, good, good, good, [1, double.NaN, 1], null, new BarDataOptions { SortByTime = true }));

        Assert.Equal(1, failure.Row);
    }

    [Fact]
    public void A_timeframe_that_is_not_positive_is_rejected()
    {
        double[] flat = [1, 1, 1];

        var failure = Assert.Throws<BarDataException>(
            () => Bars.FromArrays(s_times, flat, flat, flat, flat, null, new BarDataOptions { Timeframe = TimeSpan.FromMinutes(-1) }));

        Assert.Equal("The timeframe must be positive; got -00:01:00.", failure.Message);
    }

    [Fact]
    public void Chunks_of_any_numeric_type_join_into_one_column_with_their_nulls()
    {
        // The path data frame buffers, Arrow record batches and Parquet row groups share: two chunks,
        // the second with a validity bitmap starting at bit 1 (an Arrow array offset).
        var volume = new PriceColumnBuilder(4, "volume", missingIsNa: true, RowNumbering.Rows, source: null);
        volume.Append<int>([1, 2], Validity.AllValid);
        volume.Append<decimal>([3.5m, 4.5m], new Validity([0b0000_0100], offset: 1)); // bit 1 null, bit 2 valid
        var close = new PriceColumnBuilder(2, "close", missingIsNa: false, RowNumbering.Rows, source: null);
        close.Append<float>([1.5f], Validity.AllValid);

        var failure = Assert.Throws<BarDataException>(() => close.Append<float>([2.5f], new Validity([0b0000_0000])));

        Assert.Equal(new[] { 1.0, 2.0, double.NaN, 4.5 }, volume.Values);
        Assert.Equal(("close", 1), (failure.Column, failure.Row));
    }
}
