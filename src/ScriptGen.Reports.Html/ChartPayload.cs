using System.Globalization;
using System.Text.Json;

namespace ScriptGen.Reports.Html;

/// <summary>
/// What the script drew, for the page to draw: plots with their style, shapes and characters, candles and bars,
/// hlines, fills, bar and background colors, per candle (aggregated as the price candles are). Per-bar colors
/// are indexes into one palette of CSS colors (<c>palette</c>), written only where an element's colors vary;
/// an element whose bars all share one color just names it.
/// </summary>
internal sealed class ChartPayload
{
    /// <summary>Pine's default color of plots and shapes, <c>color.blue</c>.</summary>
    private static readonly Color s_defaultColor = new(0x29, 0x62, 0xFF);

    /// <summary>Pine's default color of hlines, a gray.</summary>
    private static readonly Color s_defaultHLineColor = new(0x78, 0x7B, 0x86);

    private readonly Dictionary<Color, int> _palette = [];
    private readonly ReportModel _model;
    private readonly CandleBuckets _buckets;
    private readonly int _bars;

    private ChartPayload(ReportModel model)
    {
        _model = model;
        _buckets = model.Buckets;
        _bars = model.Result.Bars.Count;
    }

    public static void Write(Utf8JsonWriter json, ReportModel model)
    {
        var payload = new ChartPayload(model);
        IndicatorResult result = model.Result;
        json.WriteStartArray("plots");
        foreach (PlotResult plot in result.Plots.Where(p => p.Values.Length == payload._bars))
        {
            payload.WritePlot(json, plot);
        }

        json.WriteEndArray();
        json.WriteStartArray("shapes");
        foreach (ShapeResult shape in result.Shapes.Where(s => s.Values.Length == payload._bars))
        {
            payload.WriteShape(json, shape);
        }

        json.WriteEndArray();
        json.WriteStartArray("candles");
        foreach (CandleResult candle in result.Candles.Where(c => c.Open.Length == payload._bars))
        {
            payload.WriteCandle(json, candle);
        }

        json.WriteEndArray();
        json.WriteStartArray("hlines");
        foreach (HLineResult hline in result.HLines.Where(h => double.IsFinite(h.Price)))
        {
            json.WriteStartObject();
            json.WriteString("title", Html.Encode(hline.Title));
            json.WriteNumber("index", hline.Metadata.Index);
            json.WriteNumber("price", hline.Price);
            json.WriteString("color", Css(hline.Color ?? s_defaultHLineColor));
            json.WriteString("dash", hline.Metadata.LineStyle switch { HLineStyle.Solid => "solid", HLineStyle.Dotted => "dot", _ => "dash" });
            json.WriteNumber("lineWidth", hline.Metadata.LineWidth);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("fills");
        foreach (FillResult fill in result.Fills.Where(f => f.Colors.Length == payload._bars && f.First >= 0))
        {
            json.WriteStartObject();
            json.WriteString("title", Html.Encode(fill.Title));
            json.WriteBoolean("hlines", fill.Metadata.BetweenHLines);
            json.WriteNumber("first", fill.First);
            json.WriteNumber("second", fill.Second);
            payload.WriteColors(json, fill.Colors.Span, fallback: null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("barColors");
        foreach (BarColorResult color in result.BarColors.Where(b => b.Colors.Length == payload._bars))
        {
            json.WriteStartObject();
            json.WriteString("title", Html.Encode(color.Title));
            json.WriteBoolean("background", color.Metadata.Target == BarColorTarget.Background);
            payload.WriteColors(json, color.Colors.Span, fallback: null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("palette");
        foreach (Color color in payload._palette.OrderBy(entry => entry.Value).Select(entry => entry.Key))
        {
            json.WriteStringValue(Css(color));
        }

        json.WriteEndArray();
    }

    private void WritePlot(Utf8JsonWriter json, PlotResult plot)
    {
        json.WriteStartObject();
        json.WriteString("title", Html.Encode(plot.Title));
        json.WriteString("style", plot.Metadata.Style.ToString().ToLowerInvariant());
        json.WriteNumber("lineWidth", plot.Metadata.LineWidth);
        json.WriteNumber("histBase", plot.Metadata.HistBase);
        json.WritePropertyName("values");
        // Plots are prices or indicator values: a tenth of a tick, or seven significant digits, is finer than a reader needs.
        double[] values = _buckets.Last(plot.Values.Span);
        PackedArray.Write(json, values, Math.Max(_model.Symbol.MinTick / 10, 1e-6 * LargestMagnitude(values)));
        WriteColors(json, plot.Colors.Span, plot.Color ?? s_defaultColor);
        json.WriteEndObject();
    }

    private void WriteShape(Utf8JsonWriter json, ShapeResult shape)
    {
        ShapeMetadata metadata = shape.Metadata;
        int[] shown = _buckets.LastWhere(shape.IsShown);
        var values = new double[shown.Length];
        var colors = new Color?[shown.Length];
        for (int candle = 0; candle < shown.Length; candle++)
        {
            values[candle] = shown[candle] < 0 ? double.NaN : shape.Values.Span[shown[candle]];
            colors[candle] = shown[candle] < 0 ? null : shape.Colors.Span[shown[candle]];
        }

        json.WriteStartObject();
        json.WriteString("title", Html.Encode(metadata.Title));
        json.WriteString("shape", metadata.Style.ToString().ToLowerInvariant());
        if (metadata.Character is { } character)
        {
            json.WriteString("char", Html.Encode(character));
        }

        json.WriteString("location", metadata.Location.ToString().ToLowerInvariant());
        json.WriteString("size", metadata.Size.ToString().ToLowerInvariant());
        json.WriteString("text", Html.Encode(metadata.Text));
        json.WritePropertyName("values");
        PackedArray.Write(json, values, _model.Symbol.MinTick / 10); // 1, 0 or na for a condition; a price otherwise
        WriteCandleColors(json, colors, s_defaultColor);
        json.WriteEndObject();
    }

    private void WriteCandle(Utf8JsonWriter json, CandleResult candle)
    {
        json.WriteStartObject();
        json.WriteString("title", Html.Encode(candle.Title));
        json.WriteBoolean("bar", candle.Metadata.IsBar);
        double tick = _model.Symbol.MinTick / 10;
        json.WritePropertyName("open");
        PackedArray.Write(json, _buckets.First(candle.Open.Span), tick);
        json.WritePropertyName("high");
        PackedArray.Write(json, _buckets.Max(candle.High.Span), tick);
        json.WritePropertyName("low");
        PackedArray.Write(json, _buckets.Min(candle.Low.Span), tick);
        json.WritePropertyName("close");
        PackedArray.Write(json, _buckets.Last(candle.Close.Span), tick);
        WriteColors(json, candle.Colors.Span, fallback: null);
        json.WriteEndObject();
    }

    /// <summary>The colors of the bars each candle ends with (see <see cref="WriteCandleColors"/>).</summary>
    private void WriteColors(Utf8JsonWriter json, ReadOnlySpan<Color?> perBar, Color? fallback)
    {
        var colors = new Color?[_buckets.Count];
        for (int candle = 0; candle < colors.Length; candle++)
        {
            colors[candle] = perBar[_buckets.LastBar(candle)];
        }

        WriteCandleColors(json, colors, fallback);
    }

    /// <summary>
    /// <c>color</c>, the element's one color (or <paramref name="fallback"/>, what a candle without a color of its own
    /// is drawn in), and, when candles differ, <c>colors</c>: each candle's palette index, NaN for none.
    /// </summary>
    private void WriteCandleColors(Utf8JsonWriter json, Color?[] colors, Color? fallback)
    {
        List<Color> distinct = colors.OfType<Color>().Distinct().ToList();
        bool someHaveNone = Array.IndexOf(colors, null) >= 0;
        if (distinct.Count == 1 && (!someHaveNone || fallback == distinct[0]))
        {
            json.WriteString("color", Css(distinct[0]));
            return;
        }

        if (fallback is { } other)
        {
            json.WriteString("color", Css(other));
        }

        if (distinct.Count == 0)
        {
            return;
        }

        var indexes = new double[colors.Length];
        for (int candle = 0; candle < indexes.Length; candle++)
        {
            indexes[candle] = colors[candle] is { } color ? Index(color) : double.NaN;
        }

        json.WritePropertyName("colors");
        PackedArray.Write(json, indexes, resolution: 1);
    }

    private int Index(Color color)
    {
        if (!_palette.TryGetValue(color, out int index))
        {
            _palette[color] = index = _palette.Count;
        }

        return index;
    }

    /// <summary>A CSS color: Pine's transparency (0 opaque, 100 invisible) as the alpha.</summary>
    private static string Css(Color color) =>
        string.Create(CultureInfo.InvariantCulture, $"rgba({color.R},{color.G},{color.B},{(100 - color.Transparency) / 100.0:0.##})");

    private static double LargestMagnitude(double[] values)
    {
        double largest = 0;
        foreach (double value in values)
        {
            if (double.IsFinite(value))
            {
                largest = Math.Max(largest, Math.Abs(value));
            }
        }

        return largest;
    }
}
