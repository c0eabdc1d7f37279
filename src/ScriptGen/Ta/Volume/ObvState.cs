using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.obv</c>: on-balance volume, the running sum of <c>volume</c> signed by the
/// direction of the close (<c>cum(sign(change(close)) * volume)</c>).
/// </summary>
/// <remarks>
/// Pine's definition: na on the first bar (no previous close), then the volume is added when the
/// close rose, subtracted when it fell (exact comparison), and nothing added when unchanged or when
/// the volume is na. <c>ta.obv</c> is a Pine variable that TradingView computes on every bar
/// (measured by PyneCore: a read inside an <c>if</c> equals the unconditional series), so in a script
/// the state catches up on the bars its call site did not run on (<see cref="Update(BarHistory)"/>).
/// </remarks>
public struct ObvState
{
    private double _total;
    private double _last;
    private int _nextBar;

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

    /// <summary>
    /// Feeds every bar from the one after the last this state saw up to the current bar of
    /// <paramref name="bars"/> (just the current bar when called on every bar) and returns the
    /// on-balance volume.
    /// </summary>
    public double Update(BarHistory bars)
    {
        int current = bars.BarIndex;
        for (int bar = _nextBar; bar <= current; bar++)
        {
            int back = current - bar;
            _last = Update(bars.Close(back), bars.Close(back + 1), bars.Volume(back));
        }

        _nextBar = current + 1;
        return _last;
    }
}
