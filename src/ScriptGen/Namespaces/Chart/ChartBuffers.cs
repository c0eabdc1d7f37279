namespace ScriptGen.Namespaces;

/// <summary>
/// A run's sinks for the chart elements other than plots (which live apart, in <c>Script.PlotBuffers</c>, where
/// importers read them): one per call site, in the order of the script's metadata.
/// </summary>
internal sealed class ChartBuffers
{
    public static ChartBuffers Empty { get; } = new();

    private ChartBuffers()
    {
    }

    public ChartBuffers(ScriptMetadata metadata, int barCount, bool record)
    {
        Shapes = metadata.Shapes.Select(shape => new ShapeBuffer(shape, barCount, record)).ToArray();
        Candles = metadata.Candles.Select(candle => new CandleBuffer(candle, barCount, record)).ToArray();
        HLines = metadata.HLines.Select(hline => new HLineBuffer(hline)).ToArray();
        Fills = metadata.Fills.Select(fill => new FillBuffer(fill, barCount, record, metadata.Plots.Count, metadata.HLines.Count)).ToArray();
        BarColors = metadata.BarColors.Select(color => new BarColorBuffer(color, barCount, record)).ToArray();
    }

    public ShapeBuffer[] Shapes { get; } = [];

    public CandleBuffer[] Candles { get; } = [];

    public HLineBuffer[] HLines { get; } = [];

    public FillBuffer[] Fills { get; } = [];

    public BarColorBuffer[] BarColors { get; } = [];

    /// <summary>Forgets what a discarded run recorded for bar <paramref name="barIndex"/> (a re-run under <c>calc_on_order_fills</c>; hlines are levels and keep theirs).</summary>
    public void ResetBar(int barIndex)
    {
        foreach (ShapeBuffer shape in Shapes)
        {
            shape.Reset(barIndex);
        }

        foreach (CandleBuffer candle in Candles)
        {
            candle.Reset(barIndex);
        }

        foreach (FillBuffer fill in Fills)
        {
            fill.Reset(barIndex);
        }

        foreach (BarColorBuffer color in BarColors)
        {
            color.Reset(barIndex);
        }
    }
}
