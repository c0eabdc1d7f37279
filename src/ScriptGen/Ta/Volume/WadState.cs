using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.wad</c>: Williams accumulation/distribution, the running total of
/// <c>close - min(low, close[1])</c> on up closes, <c>close - max(high, close[1])</c> on down closes,
/// and 0 on unchanged closes (and on the first call, which has no previous close).
/// </summary>
public struct WadState
{
    private double _previousClose;
    private bool _started;
    private double _total;

    /// <summary>Williams accumulation/distribution.</summary>
    [PineFunction("ta.wad", EveryBar = true)]
    public double Update(
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.Close)] double close)
    {
        double gain = 0;
        if (_started)
        {
            double change = close - _previousClose;
            gain = change > 0 ? close - Math.Min(low, _previousClose)
                : change < 0 ? close - Math.Max(high, _previousClose)
                : 0;
        }

        _previousClose = close;
        _started = true;
        if (!double.IsNaN(gain))
        {
            _total += gain;
        }

        return _total;
    }
}
