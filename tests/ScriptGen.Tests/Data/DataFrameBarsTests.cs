using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace ScriptGen.Tests.Data;

/// <summary>Bars from Microsoft.Data.Analysis data frames: zero copy, every accepted column type, mapping, and the failures.</summary>
public sealed class DataFrameBarsTests
{
    // 2024-01-01 00:00 and 01:00 UTC.
    private const long T0 = 1_704_067_200_000;
    private const long T1 = T0 + 3_600_000;

    private static DataFrame Frame(DataFrameColumn time, params DataFrameColumn[] prices) => new([time, .. prices]);

    private static DataFrameColumn[] Prices(double[] open, double[] high, double[] low, double[] close) =>
    [
        new DoubleDataFrameColumn("open", open),
        new DoubleDataFrameColumn("high", high),
        new DoubleDataFrameColumn("low", low),
        new DoubleDataFrameColumn("close", close),
    ];

    private static DataFrameColumn[] FlatPrices(params double[] close) => Prices(close, close, close, close);

    [Fact]
    public void Double_columns_and_long_millisecond_times_in_one_buffer_are_used_without_copying()
    {
        var time = new Int64DataFrameColumn("time", [T0, T1]);
        var close = new DoubleDataFrameColumn("close", [1.5, 2.5]);
        DataFrame frame = Frame(time, new DoubleDataFrameColumn("open", [1.5, 2.5]), new DoubleDataFrameColumn("high", [1.5, 2.5]),
            new DoubleDataFrameColumn("low", [1.5, 2.5]), close);

        Bars bars = Bars.FromDataFrame(frame);

        Assert.True(Unsafe.AreSame(
            ref MemoryMarshal.GetReference(bars.Close), ref MemoryMarshal.GetReference(close.GetReadOnlyDataBuffers().Single().Span)));
        Assert.True(Unsafe.AreSame(
            ref MemoryMarshal.GetReference(bars.Time), ref MemoryMarshal.GetReference(time.GetReadOnlyDataBuffers().Single().Span)));
        Assert.Equal(new[] { 1.5, 2.5 }, bars.Close.ToArray());
        Assert.False(bars.HasVolume);
    }

    [Fact]
    public void Float_decimal_int_and_long_columns_convert_to_double()
    {
        DataFrame frame = Frame(
            new Int64DataFrameColumn("time", [T0, T1]),
            new SingleDataFrameColumn("open", [1.5f, 2.25f]),
            new DecimalDataFrameColumn("high", [2.5m, 3.125m]),
            new Int32DataFrameColumn("low", [1, 2]),
            new Int64DataFrameColumn("close", [2, 3]),
            new Int32DataFrameColumn("Volume", [10, 20]));

        Bars bars = Bars.FromDataFrame(frame);

        Assert.Equal(new[] { 1.5, 2.25 }, bars.Open.ToArray());
        Assert.Equal(new[] { 2.5, 3.125 }, bars.High.ToArray());
        Assert.Equal(new[] { 1.0, 2.0 }, bars.Low.ToArray());
        Assert.Equal(new[] { 2.0, 3.0 }, bars.Close.ToArray());
        Assert.Equal(new[] { 10.0, 20.0 }, bars.Volume.ToArray());
    }

    public static TheoryData<DataFrameColumn> TimeColumns => new()
    {
        new PrimitiveDataFrameColumn<DateTime>("time", [new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 1, 1, 1, 0, 0, DateTimeKind.Utc)]),
        new PrimitiveDataFrameColumn<DateTime>("time", [new DateTime(2024, 1, 1, 0, 0, 0), new DateTime(2024, 1, 1, 1, 0, 0)]), // Unspecified = UTC
        new PrimitiveDataFrameColumn<DateTime>("time", [
            new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).ToLocalTime(), new DateTime(2024, 1, 1, 1, 0, 0, DateTimeKind.Utc).ToLocalTime()]),
        new PrimitiveDataFrameColumn<DateTimeOffset>("time", [
            new DateTimeOffset(2023, 12, 31, 19, 0, 0, TimeSpan.FromHours(-5)), new DateTimeOffset(2024, 1, 1, 2, 0, 0, TimeSpan.FromHours(1))]),
        new Int64DataFrameColumn("time", [1_704_067_200L, 1_704_070_800L]), // seconds by magnitude
        new Int32DataFrameColumn("time", [1_704_067_200, 1_704_070_800]),
        new Int64DataFrameColumn("time", [1_704_067_200_000_000_000L, 1_704_070_800_000_000_000L]), // nanoseconds
        new DoubleDataFrameColumn("time", [1_704_067_200.0, 1_704_070_800.0]),
        new StringDataFrameColumn("time", ["2024-01-01T00:00:00Z", "2024-01-01 03:00:00+02:00"]),
    };

    [Theory]
    [MemberData(nameof(TimeColumns))]
    public void Times_may_be_DateTime_of_any_kind_DateTimeOffset_epochs_or_ISO_text(DataFrameColumn time)
    {
        Bars bars = Bars.FromDataFrame(Frame(time, FlatPrices(1, 2)));

        Assert.Equal(new[] { T0, T1 }, bars.Time.ToArray());
    }

    [Fact]
    public void An_explicit_epoch_unit_overrides_the_magnitude_rule()
    {
        DataFrame frame = Frame(new Int64DataFrameColumn("time", [1_000L, 2_000L]), FlatPrices(1, 2));

        Assert.Equal(new[] { 1_000_000L, 2_000_000L }, Bars.FromDataFrame(frame).Time.ToArray());
        Assert.Equal(new[] { 1_000L, 2_000L }, Bars.FromDataFrame(frame, options: new BarDataOptions { EpochUnit = EpochUnit.Milliseconds }).Time.ToArray());
    }

    [Fact]
    public void A_mapping_finds_the_users_columns_and_default_names_match_ignoring_case()
    {
        DataFrame frame = new(
            new Int64DataFrameColumn("Timestamp", [T0, T1]),
            new DoubleDataFrameColumn("Open", [1, 2]),
            new DoubleDataFrameColumn("HIGH", [1, 2]),
            new DoubleDataFrameColumn("Low", [1, 2]),
            new DoubleDataFrameColumn("Last", [1, 2]),
            new DoubleDataFrameColumn("Vol", [5, 6]));

        Bars bars = Bars.FromDataFrame(frame, new ColumnMapping { Close = "Last" });

        Assert.Equal(new[] { 1.0, 2.0 }, bars.Close.ToArray());
        Assert.Equal(new[] { 5.0, 6.0 }, bars.Volume.ToArray());
    }

    [Fact]
    public void A_missing_column_lists_the_frames_columns()
    {
        DataFrame frame = Frame(new Int64DataFrameColumn("time", [T0]), new DoubleDataFrameColumn("open", [1]), new DoubleDataFrameColumn("close", [1]));

        var failure = Assert.Throws<BarDataException>(() => Bars.FromDataFrame(frame));

        Assert.Equal("high", failure.Column);
        Assert.Equal("The data frame has no 'high' column. Its columns: time, open, close.", failure.Message);
    }

    [Fact]
    public void A_null_price_is_an_error_naming_the_row_and_a_null_volume_is_na()
    {
        var close = new DoubleDataFrameColumn("close", [1.0, null]);
        DataFrame withNullPrice = Frame(new Int64DataFrameColumn("time", [T0, T1]), new DoubleDataFrameColumn("open", [1, 1]),
            new DoubleDataFrameColumn("high", [1, 1]), new DoubleDataFrameColumn("low", [1, 1]), close);
        DataFrame withNullVolume = Frame(new Int64DataFrameColumn("time", [T0, T1]), [.. FlatPrices(1, 2), new Int64DataFrameColumn("volume", [5L, null])]);

        var failure = Assert.Throws<BarDataException>(() => Bars.FromDataFrame(withNullPrice));
        Bars bars = Bars.FromDataFrame(withNullVolume);

        Assert.Equal(("close", 1), (failure.Column, failure.Row));
        Assert.Equal(
            "Row 1, column 'close': the value is missing (null); open, high, low and close need a value on every bar (only a missing volume is read as na).",
            failure.Message);
        Assert.Equal(5.0, bars.Volume[0]);
        Assert.True(double.IsNaN(bars.Volume[1]));
    }

    [Fact]
    public void A_null_time_is_an_error()
    {
        DataFrame frame = Frame(new Int64DataFrameColumn("time", [T0, null]), FlatPrices(1, 2));

        var failure = Assert.Throws<BarDataException>(() => Bars.FromDataFrame(frame));

        Assert.Equal("Row 1, column 'time': the time is missing (null); every bar needs one.", failure.Message);
    }

    [Fact]
    public void Columns_of_unusable_types_are_named_with_what_would_be_valid()
    {
        DataFrame textPrices = Frame(new Int64DataFrameColumn("time", [T0]), new StringDataFrameColumn("open", ["1"]),
            new DoubleDataFrameColumn("high", [1]), new DoubleDataFrameColumn("low", [1]), new DoubleDataFrameColumn("close", [1]));
        DataFrame boolTimes = Frame(new BooleanDataFrameColumn("time", [true]), FlatPrices(1));

        Assert.Equal(
            "Column 'open' holds String values; a price or volume column must hold double, float, decimal, int or long.",
            Assert.Throws<BarDataException>(() => Bars.FromDataFrame(textPrices)).Message);
        Assert.Equal(
            "Column 'time' holds Boolean values; a time column must hold DateTime, DateTimeOffset, epoch numbers (long, int, double) or ISO-8601 strings.",
            Assert.Throws<BarDataException>(() => Bars.FromDataFrame(boolTimes)).Message);
    }

    [Fact]
    public void The_rules_apply_with_the_frames_column_names_and_rows()
    {
        DataFrame frame = new(
            new Int64DataFrameColumn("time", [T0, T1]),
            new DoubleDataFrameColumn("Open", [1, 1]),
            new DoubleDataFrameColumn("High", [1, 0.5]),
            new DoubleDataFrameColumn("Low", [1, 0.9]),
            new DoubleDataFrameColumn("Close", [1, 0.9]));

        var failure = Assert.Throws<BarDataException>(() => Bars.FromDataFrame(frame));

        Assert.Equal(("High", 1), (failure.Column, failure.Row));
        Assert.StartsWith("Row 1: high 0.5 is below low 0.9;", failure.Message);
    }

    [Fact]
    public void A_frame_loaded_by_LoadCsv_reads_like_the_CSV_itself()
    {
        // DataFrame.LoadCsv parses the offset times to local DateTimes; Local is converted back to the instant.
        string path = Reference.ReferenceCsv.PathOf("strategy/ohlcv.csv");
        DataFrame frame = DataFrame.LoadCsv(path, dataTypes: [typeof(DateTime), typeof(double), typeof(double), typeof(double), typeof(double), typeof(double)]);

        Bars fromFrame = Bars.FromDataFrame(frame);
        Bars fromCsv = BarCsv.Read(path);

        Assert.Equal(fromCsv.Time.ToArray(), fromFrame.Time.ToArray());
        Assert.Equal(fromCsv.Close.ToArray(), fromFrame.Close.ToArray());
        Assert.Equal(fromCsv.Volume.ToArray(), fromFrame.Volume.ToArray());
    }
}
