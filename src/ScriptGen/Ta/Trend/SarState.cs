using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.sar(start, inc, max)</c>: Wilder's parabolic stop and reverse.
/// </summary>
/// <remarks>
/// <para>As PyneCore computes it (validated against TradingView's export bar for bar): na on the first
/// call; on the second, the trend starts short at the previous high if that high is above the current
/// one, else long at the previous low, with the extreme point at the current low or high. Then each
/// call moves the SAR by <c>af * (ep - sar)</c>; a low at or under it (long) or a high at or over it
/// (short) reverses to the previous extreme point, pushed beyond this and the two previous bars'
/// highs (lows), and resets the factor to <c>start</c>; otherwise the SAR is held behind the two
/// previous lows (highs) and a new extreme raises the factor by <c>inc</c>, up to <c>max</c>.
/// Comparisons are exact.</para>
/// <para>The previous highs and lows are this call site's own (the bars it ran on).</para>
/// </remarks>
public struct SarState
{
    private long _calls;
    private double _high1, _high2, _low1, _low2;
    private bool _long;
    private double _factor;
    private double _sar;
    private double _extreme;

    /// <summary>Parabolic SAR with acceleration factor <paramref name="start"/>, raised by <paramref name="inc"/> on each new extreme up to <paramref name="max"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/>, <paramref name="inc"/> or <paramref name="max"/> not positive, or <paramref name="start"/> above <paramref name="max"/>.</exception>
    [PineFunction("ta.sar")]
    public double Update(
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        double start,
        double inc,
        double max)
    {
        long call = _calls++;
        if (call == 0)
        {
            Check(start, inc, max);
            Remember(high, low);
            return double.NaN;
        }

        if (call == 1)
        {
            _long = !(_high1 > high);
            _sar = _long ? _low1 : _high1;
            _extreme = _long ? high : low;
            _factor = start;
            Remember(high, low);
            return _sar;
        }

        double next = _sar + _factor * (_extreme - _sar);
        if (_long)
        {
            if (low <= next)
            {
                _long = false;
                _factor = start;
                next = Math.Max(Math.Max(_extreme, high), Math.Max(_high1, _high2));
                _extreme = low;
            }
            else
            {
                next = Math.Min(next, Math.Min(_low1, _low2));
                if (high > _extreme)
                {
                    _extreme = high;
                    _factor = Math.Min(_factor + inc, max);
                }
            }
        }
        else if (high >= next)
        {
            _long = true;
            _factor = start;
            next = Math.Min(Math.Min(_extreme, low), Math.Min(_low1, _low2));
            _extreme = high;
        }
        else
        {
            next = Math.Max(next, Math.Max(_high1, _high2));
            if (low < _extreme)
            {
                _extreme = low;
                _factor = Math.Min(_factor + inc, max);
            }
        }

        _sar = next;
        Remember(high, low);
        return _sar;
    }

    private void Remember(double high, double low)
    {
        _high2 = _high1;
        _low2 = _low1;
        _high1 = high;
        _low1 = low;
    }

    private static void Check(double start, double inc, double max)
    {
        if (!(start > 0) || !(inc > 0) || !(max > 0) || start > max)
        {
            throw new ArgumentOutOfRangeException(
                nameof(start), start,
                $"ta.sar: start, inc and max must be positive with start <= max; got start {start}, inc {inc}, max {max}.");
        }
    }
}
