using Parquet;
using Parquet.Schema;

namespace ScriptGen.Parquet.Tests;

/// <summary>Bars from Parquet files: real data round trip, row groups, nullable and typed columns, mapping, failures.</summary>
public sealed class BarParquetTests : TempFolderTest
{
    [Fact]
    public void TradingViews_bars_written_to_Parquet_read_back_to_the_same_values()
    {
        Bars original = BarCsv.Read(TestFiles.Ohlcv);
        string path = PathOf("ohlcv.parquet");

        BarParquet.Write(original, path);
        Bars read = BarParquet.Read(path);

        Assert.Equal(original.Time.ToArray(), read.Time.ToArray());
        Assert.Equal(original.Open.ToArray(), read.Open.ToArray());
        Assert.Equal(original.High.ToArray(), read.High.ToArray());
        Assert.Equal(original.Low.ToArray(), read.Low.ToArray());
        Assert.Equal(original.Close.ToArray(), read.Close.ToArray());
        Assert.Equal(original.Volume.ToArray(), read.Volume.ToArray());
        Assert.Equal(TimeSpan.FromHours(1), read.Timeframe);
    }

    [Fact]
    public async Task Row_groups_are_joined_epoch_seconds_read_by_magnitude_and_a_null_volume_is_na()
    {
        var time = new DataField<long>("Timestamp");
        var open = new DataField<float>("Open");
        var high = new DataField<decimal>("High");
        var low = new DataField<int>("Low");
        var close = new DataField<double>("Last");
        var volume = new DataField<long?>("Volume");
        string path = PathOf("groups.parquet");
        await Write(path, new ParquetSchema(time, open, high, low, close, volume), async group =>
        {
            await group.WriteAsync<long>(time, new long[] { 1_704_067_200, 1_704_070_800 });
            await group.WriteAsync<float>(open, new float[] { 1.5f, 2 });
            await group.WriteAsync<decimal>(high, new decimal[] { 2.25m, 3 });
            await group.WriteAsync<int>(low, new int[] { 1, 2 });
            await group.WriteAsync<double>(close, new double[] { 2, 2.5 });
            await group.WriteAsync<long>(volume, new long?[] { 10, null });
        }, async group =>
        {
            await group.WriteAsync<long>(time, new long[] { 1_704_074_400 });
            await group.WriteAsync<float>(open, new float[] { 2.5f });
            await group.WriteAsync<decimal>(high, new decimal[] { 3 });
            await group.WriteAsync<int>(low, new int[] { 2 });
            await group.WriteAsync<double>(close, new double[] { 3 });
            await group.WriteAsync<long>(volume, new long?[] { 30 });
        });

        Bars bars = BarParquet.Read(path, new ColumnMapping { Close = "Last" });

        Assert.Equal(new[] { 1_704_067_200_000L, 1_704_070_800_000L, 1_704_074_400_000L }, bars.Time.ToArray());
        Assert.Equal(new[] { 1.5, 2, 2.5 }, bars.Open.ToArray());
        Assert.Equal(new[] { 2.25, 3, 3 }, bars.High.ToArray());
        Assert.Equal(new[] { 2, 2.5, 3.0 }, bars.Close.ToArray());
        Assert.Equal(10.0, bars.Volume[0]);
        Assert.True(double.IsNaN(bars.Volume[1]));
        Assert.Equal(30.0, bars.Volume[2]);
    }

    [Fact]
    public async Task A_null_price_a_missing_column_and_a_column_of_the_wrong_type_are_named()
    {
        var time = new DataField<DateTime>("time");
        var price = new DataField<double?>("close");
        var text = new DataField<string>("open");
        string path = PathOf("bad.parquet");
        await Write(path, new ParquetSchema(time, text, price), async group =>
        {
            await group.WriteAsync<DateTime>(time, new[] { new DateTime(2024, 1, 1), new DateTime(2024, 1, 2) });
            await group.WriteAsync(text, new[] { "1", "2" });
            await group.WriteAsync<double>(price, new double?[] { 1, null });
        });

        var missing = Assert.Throws<BarDataException>(() => BarParquet.Read(path));
        var textPrices = Assert.Throws<BarDataException>(() => BarParquet.Read(path, new ColumnMapping { High = "close", Low = "close" }));
        var nullPrice = Assert.Throws<BarDataException>(() => BarParquet.Read(path, new ColumnMapping { Open = "close", High = "close", Low = "close" }));

        Assert.Equal("The Parquet file has no 'high' column. Its columns: time, open, close.", missing.Message);
        Assert.Equal(path, missing.Source);
        Assert.Equal("Column 'open' holds String values; a price or volume column must hold double, float, decimal, int or long.", textPrices.Message);
        Assert.Equal(("close", 1), (nullPrice.Column, nullPrice.Row));
        Assert.StartsWith("Row 1, column 'close': the value is missing (null);", nullPrice.Message);
    }

    [Fact]
    public void A_file_that_is_not_Parquet_is_named()
    {
        string path = PathOf("not.parquet");
        File.WriteAllText(path, "time,open,high,low,close\n");

        var failure = Assert.Throws<BarDataException>(() => BarParquet.Read(path));

        Assert.StartsWith($"'{path}' is not a readable Parquet file: ", failure.Message);
        Assert.NotNull(failure.InnerException);
        Assert.Equal("Data file '/nonexistent/bars.parquet' does not exist.", Assert.Throws<BarDataException>(() => BarParquet.Read("/nonexistent/bars.parquet")).Message);
    }

    private static async Task Write(string path, ParquetSchema schema, params Func<ParquetRowGroupWriter, Task>[] groups)
    {
        await using FileStream stream = File.Create(path);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream);
        foreach (Func<ParquetRowGroupWriter, Task> write in groups)
        {
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await write(group);
        }
    }
}
