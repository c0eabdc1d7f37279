namespace ScriptGen.Namespaces;

/// <summary>
/// The runtime's sink for one plot: a value and a color per bar, na and null where the plot call did not
/// run (nothing kept when plots are not recorded, but the last color still is, for the result of a run whose registered
/// <c>chart</c> draws; with the default <c>chart</c>, such a run makes no plot calls at all).
/// </summary>
internal sealed class PlotBuffer : IPlotSink
{
    private readonly double[] _values;
    private readonly Color?[] _colors;

    public PlotBuffer(PlotMetadata metadata, int barCount, bool record)
    {
        Metadata = metadata;
        _values = ChartArrays.Values(barCount, record);
        _colors = ChartArrays.Colors(barCount, record);
    }

    public PlotMetadata Metadata { get; }

    /// <summary>Whether values are being kept (plots can be switched off for sweeps).</summary>
    public bool IsRecording => _values.Length != 0;

    /// <summary>The color of the most recent call that gave one.</summary>
    public Color? LastColor { get; private set; }

    public double[] Values => _values;

    public Color?[] Colors => _colors;

    /// <summary>Forgets what a discarded run recorded for bar <paramref name="barIndex"/> (a re-run under <c>calc_on_order_fills</c>).</summary>
    public void Reset(int barIndex, Color? lastColor)
    {
        if (_values.Length != 0)
        {
            _values[barIndex] = double.NaN;
            _colors[barIndex] = null;
        }

        LastColor = lastColor;
    }

    public void Record(int barIndex, double value, Color? color)
    {
        if (_values.Length != 0)
        {
            _values[barIndex] = value;
            _colors[barIndex] = color;
        }

        if (color is not null)
        {
            LastColor = color;
        }
    }

    public PlotResult ToResult() =>
        new(Metadata.Title, Metadata.Index, _values, LastColor) { Colors = _colors, Metadata = Metadata };
}
