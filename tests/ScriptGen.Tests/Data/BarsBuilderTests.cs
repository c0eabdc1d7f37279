namespace ScriptGen.Tests.Data;

/// <summary>
/// The public extension point for bar sources: columns found as every source finds them, appended in chunks
/// of any numeric type with a validity bitmap, checked by the same rules, reported with the same messages.
/// </summary>
public sealed class BarsBuilderTests
{
    private static readonly string[] s_columns = ["Stamp", "O", "H", "L", "C", "Vol"];
    private static readonly ColumnMapping s_mapping = new() { Timestamp = "Stamp", Open = "O", High = "H", Low = "L", Close = "C", Volume = "Vol" };

    [Fact]
    public void Chunks_of_any_numeric_type_become_bars()
    {
        BarColumnLayout layout = BarColumnLayout.Resolve(s_columns, s_mapping, "The test source");
        var builder = new BarsBuilder(4, layout);

        builder.AppendTime([1_700_000_000_000L, 1_700_000_060_000L]);
        builder.AppendTime([DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_120_000L), DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_180_000L)]);
        builder.Append<int>(BarColumn.Open, [10, 11, 12, 13]);
        builder.Append<float>(BarColumn.High, [10.5f, 11.5f, 12.5f, 13.5f]);
        builder.Append<decimal>(BarColumn.Low, [9.5m, 10.5m, 11.5m, 12.5m]);
        new double[] { 10.25, 11.25, 12.25, 13.25 }.CopyTo(builder.Claim(BarColumn.Close, 4)); // written in place, no copy by the builder
        builder.Append<long>(BarColumn.Volume, [100, 0, 300, 400], validity: [0b1101]); // the second volume is missing

        Bars bars = builder.Build();

        Assert.Equal((1, 2, 3, 4, 5, 5), (layout.Open, layout.High, layout.Low, layout.Close, layout.Volume, layout.IndexOf(BarColumn.Volume)));
        Assert.Equal([1_700_000_000_000L, 1_700_000_060_000L, 1_700_000_120_000L, 1_700_000_180_000L], bars.Time.ToArray());
        Assert.Equal([10.0, 11, 12, 13], bars.Open.ToArray());
        Assert.Equal([10.5, 11.5, 12.5, 13.5], bars.High.ToArray());
        Assert.Equal([9.5, 10.5, 11.5, 12.5], bars.Low.ToArray());
        Assert.Equal([10.25, 11.25, 12.25, 13.25], bars.Close.ToArray());
        Assert.Equal([100.0, double.NaN, 300, 400], bars.Volume.ToArray());
    }

    [Fact]
    public void A_missing_price_names_its_column_and_row()
    {
        var builder = new BarsBuilder(3, BarColumnLayout.Resolve(s_columns, s_mapping), source: "prices.feather");

        var failure = Assert.Throws<BarDataException>(() => builder.Append<double>(BarColumn.Close, [1, 2, 3], validity: [0b101]));

        Assert.Equal(("C", 1, "prices.feather"), (failure.Column, failure.Row, failure.Source));
        Assert.Contains("Row 1, column 'C': the value is missing", failure.Message);
    }

    [Fact]
    public void The_rules_of_every_source_apply_when_the_bars_are_built()
    {
        var builder = new BarsBuilder(2, BarColumnLayout.Resolve(["time", "open", "high", "low", "close"]));
        builder.AppendTime([2_000L, 1_000L]);
        foreach (BarColumn column in new[] { BarColumn.Open, BarColumn.High, BarColumn.Low, BarColumn.Close })
        {
            builder.Append<double>(column, [1, 1]);
        }

        var failure = Assert.Throws<BarDataException>(builder.Build);

        Assert.Equal("time", failure.Column);
        Assert.Contains("increasing", failure.Message);
    }

    [Fact]
    public void A_missing_column_lists_the_columns_there_are()
    {
        var failure = Assert.Throws<BarDataException>(() => BarColumnLayout.Resolve(["time", "open", "high", "close"], sourceKind: "The feather file"));

        Assert.Contains("The feather file", failure.Message);
        Assert.Contains("low", failure.Message);
    }
}
