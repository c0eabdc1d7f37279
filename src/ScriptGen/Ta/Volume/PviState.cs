using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.pvi</c>: the positive volume index, which moves by the close's relative
/// change on bars whose volume exceeds the previous bar's and holds otherwise; it starts at 1.
/// </summary>
/// <remarks>
/// As PyneCore computes it (validated against TradingView's export): the previous close and volume
/// start at 0, so the first bar's change (a division by 0) leaves the index at 1; any step that is na
/// or infinite leaves it unchanged. The previous close and volume are this call site's own.
/// </remarks>
public struct PviState
{
    private double _previousClose;
    private double _previousVolume;
    private double _index;
    private bool _started;

    /// <summary>Positive volume index (starts at 1).</summary>
    [PineFunction("ta.pvi", EveryBar = true)]
    public double Update([Bar(BarValue.Close)] double close, [Bar(BarValue.Volume)] double volume)
    {
        if (!_started)
        {
            _index = 1;
            _started = true;
        }

        double next = volume > _previousVolume ? _index + (close - _previousClose) / _previousClose * _index : _index;
        if (double.IsFinite(next))
        {
            _index = next;
        }

        _previousClose = close;
        _previousVolume = volume;
        return _index;
    }
}
