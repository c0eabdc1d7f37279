using Microsoft.Data.Analysis;

namespace ScriptGen;

/// <summary>
/// The columns of <see cref="ResultFrames.ChartToDataFrame"/>: everything a run drew, one row per bar, each
/// element under its title (a title taken by an earlier element gets <c>#2</c>, <c>#3</c>, ...); colors as
/// <c>#RRGGBB</c> or <c>#RRGGBBAA</c> text, null where none was given.
/// </summary>
internal sealed class ChartTable
{
    /// <summary>The suffix of a color column's name, which tells <see cref="ResultCsv.ReadChart"/> to read it as text.</summary>
    public const string ColorSuffix = ".color";

    private readonly List<DataFrameColumn> _columns = [];
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal) { "time" };
    private readonly Dictionary<Color, string> _hex = [];
    private readonly int _bars;

    private ChartTable(int bars) => _bars = bars;

    public static List<DataFrameColumn> Columns(IndicatorResult result)
    {
        var table = new ChartTable(result.Bars.Count);
        foreach (PlotResult plot in result.Plots)
        {
            string name = table.Name(plot.Title);
            table.Values(name, plot.Values);
            table.Colors(name, plot.Colors);
        }

        foreach (ShapeResult shape in result.Shapes)
        {
            string name = table.Name(shape.Title);
            table.Values(name, shape.Values);
            table.Colors(name, shape.Colors);
        }

        foreach (CandleResult candle in result.Candles)
        {
            string name = table.Name(candle.Title);
            table.Values(name + ".open", candle.Open);
            table.Values(name + ".high", candle.High);
            table.Values(name + ".low", candle.Low);
            table.Values(name + ".close", candle.Close);
            table.Colors(name, candle.Colors);
        }

        foreach (HLineResult hline in result.HLines)
        {
            var level = new double[table._bars];
            level.AsSpan().Fill(hline.Price);
            table.Values(table.Name(hline.Title), level);
        }

        foreach (FillResult fill in result.Fills)
        {
            table.Colors(table.Name(fill.Title), fill.Colors);
        }

        foreach (BarColorResult color in result.BarColors)
        {
            table.Colors(table.Name(color.Title), color.Colors);
        }

        return table._columns;
    }

    private string Name(string title)
    {
        string name = title;
        for (int n = 2; !_titles.Add(name); n++)
        {
            name = $"{title}#{n}";
        }

        return name;
    }

    private void Values(string name, ReadOnlyMemory<double> values) => _columns.Add(new DoubleDataFrameColumn(name, values.ToArray()));

    private void Colors(string name, ReadOnlyMemory<Color?> colors)
    {
        ReadOnlySpan<Color?> span = colors.Span;
        var texts = new string?[span.Length];
        for (int bar = 0; bar < texts.Length; bar++)
        {
            if (span[bar] is { } color)
            {
                if (!_hex.TryGetValue(color, out string? hex))
                {
                    _hex[color] = hex = color.ToHex(); // one string per color, not per bar
                }

                texts[bar] = hex;
            }
        }

        _columns.Add(new StringDataFrameColumn(name + ColorSuffix, texts));
    }
}
