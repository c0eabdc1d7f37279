namespace ScriptGen.Tests.Runtime;

/// <summary>Bars from arrays: what is accepted, and the exact failure for each kind of bad data.</summary>
public sealed class BarsTests
{
    private static readonly long[] s_times = [TestBars.TimeOf(0), TestBars.TimeOf(1), TestBars.TimeOf(2)];
    private static readonly double[] s_prices = [1, 2, 3];

    [Fact]
    public void Bars_keep_the_arrays_and_infer_the_timeframe_from_the_smallest_gap()
    {
        long[] times = [0, 3_600_000, 7_200_000, 7_200_000 + 86_400_000]; // an hourly series with a day's gap
        Bars bars = Bars.FromArrays(times, [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]);

        Assert.Equal(4, bars.Count);
        Assert.Equal(TimeSpan.FromHours(1), bars.Timeframe);
        Assert.False(bars.HasVolume);
        Assert.Equal(TimeSpan.FromMinutes(30), Bars.FromArrays(times, [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], timeframe: TimeSpan.FromMinutes(30)).Timeframe);
    }

    [Fact]
    public void Columns_of_different_lengths_are_rejected_naming_the_column()
    {
        var failure = Assert.Throws<BarDataException>(() => Bars.FromArrays(s_times, s_prices, s_prices, [1, 2], s_prices));

        Assert.Equal("low", failure.Column);
        Assert.Equal("Column 'low' has 2 values but 'time' has 3: every column needs one value per bar.", failure.Message);
    }

    [Fact]
    public void A_volume_column_of_the_wrong_length_is_rejected()
    {
        var failure = Assert.Throws<BarDataException>(() => Bars.FromArrays(s_times, s_prices, s_prices, s_prices, s_prices, volume: [1]));
        Assert.Equal("volume", failure.Column);
    }

    [Theory]
    [InlineData(2, "duplicates")]
    [InlineData(1, "is earlier than")]
    public void Times_that_do_not_strictly_increase_are_rejected_naming_the_row(int secondBar, string what)
    {
        long[] times = [TestBars.TimeOf(0), TestBars.TimeOf(2), TestBars.TimeOf(secondBar)];

        var failure = Assert.Throws<BarDataException>(() => Bars.FromArrays(times, s_prices, s_prices, s_prices, s_prices));

        Assert.Equal(("time", 2), (failure.Column, failure.Row));
        Assert.Contains($"row 2 ({Bars.FormatTime(times[2])}) {what} row 1", failure.Message);
    }

    [Fact]
    public void No_bars_is_rejected()
    {
        var failure = Assert.Throws<BarDataException>(() => Bars.FromArrays([], [], [], [], []));
        Assert.Contains("no bars", failure.Message);
    }

    [Fact]
    public void Slices_share_the_columns_and_keep_whether_there_is_volume()
    {
        double[] closes = [10, 20, 30];
        Bars withVolume = Bars.FromArrays(s_times, closes, closes, closes, closes, volume: [100, 200, 300]);
        Bars without = Bars.FromArrays(s_times, closes, closes, closes, closes);

        Bars slice = withVolume.Slice(1, 2);

        Assert.Equal(new double[] { 20, 30 }, slice.Close.ToArray());
        Assert.Equal(new double[] { 200, 300 }, slice.Volume.ToArray());
        Assert.False(without.Slice(1, 2).HasVolume);
        Assert.True(slice.HasVolume);
    }
}
