namespace ScriptGen.Namespaces;

/// <summary>The runtime's sink for one <c>plotcandle</c>/<c>plotbar</c> call site: four prices and a color per bar.</summary>
internal sealed class CandleBuffer(CandleMetadata metadata, int barCount, bool record) : ICandleSink
{
    private readonly double[] _open = ChartArrays.Values(barCount, record);
    private readonly double[] _high = ChartArrays.Values(barCount, record);
    private readonly double[] _low = ChartArrays.Values(barCount, record);
    private readonly double[] _close = ChartArrays.Values(barCount, record);
    private readonly Color?[] _colors = ChartArrays.Colors(barCount, record);

    public CandleMetadata Metadata { get; } = metadata;

    public void Record(int barIndex, double open, double high, double low, double close, Color? color)
    {
        if (_open.Length != 0)
        {
            _open[barIndex] = open;
            _high[barIndex] = high;
            _low[barIndex] = low;
            _close[barIndex] = close;
            _colors[barIndex] = color;
        }
    }

    public void Reset(int barIndex) => Record(barIndex, double.NaN, double.NaN, double.NaN, double.NaN, null);

    public CandleResult ToResult() => new(Metadata, _open, _high, _low, _close, _colors);
}
