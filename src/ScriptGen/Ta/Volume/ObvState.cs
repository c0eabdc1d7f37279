namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.obv</c>: on-balance volume, the running sum of <c>volume</c> signed by the
/// direction of the close (<c>cum(sign(change(close)) * volume)</c>).
/// </summary>
/// <remarks>
/// Pine's definition: na on the first bar (no previous close), then the volume is added when the
/// close rose, subtracted when it fell (exact comparison), and nothing added when unchanged or when
/// the volume is na.
/// </remarks>
public struct ObvState
{
    private double _total;

    /// <summary>Feeds one bar and returns the on-balance volume.</summary>
    public double Update(double close, double previousClose, double volume)
    {
        double change = close - previousClose;
        if (double.IsNaN(change))
        {
            return double.NaN;
        }

        double signed = volume * (change > 0 ? 1.0 : change < 0 ? -1.0 : 0.0);
        if (!double.IsNaN(signed))
        {
            _total += signed;
        }

        return _total;
    }
}
