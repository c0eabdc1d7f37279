namespace ScriptGen;

/// <summary>
/// Where one plot of a running script records its values: one slot per bar, na where the plot
/// call did not run. Created by the runtime from the script's <see cref="PlotMetadata"/>.
/// </summary>
public sealed class PlotBuffer
{
    private readonly double[] _values;

    internal PlotBuffer(PlotMetadata metadata, int barCount, bool record)
    {
        Metadata = metadata;
        _values = record ? new double[barCount] : [];
        _values.AsSpan().Fill(double.NaN);
    }

    /// <summary>The plot's compile-time description.</summary>
    public PlotMetadata Metadata { get; }

    /// <summary>Whether values are being kept (plots can be switched off for sweeps).</summary>
    public bool IsRecording => _values.Length != 0;

    /// <summary>The color of the most recent call that gave one.</summary>
    public Color? LastColor { get; private set; }

    internal double[] Values => _values;

    /// <summary>Forgets what a discarded run recorded for bar <paramref name="barIndex"/> (a re-run under <c>calc_on_order_fills</c>).</summary>
    internal void Reset(int barIndex, Color? lastColor)
    {
        if (_values.Length != 0)
        {
            _values[barIndex] = double.NaN;
        }

        LastColor = lastColor;
    }

    /// <summary>Records <paramref name="value"/> for bar <paramref name="barIndex"/>.</summary>
    public void Record(int barIndex, double value, Color? color)
    {
        if (_values.Length != 0)
        {
            _values[barIndex] = value;
        }

        if (color is not null)
        {
            LastColor = color;
        }
    }
}
