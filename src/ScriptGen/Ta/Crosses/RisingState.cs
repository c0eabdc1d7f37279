using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.rising(source, length)</c>: true when the source rose on each of the last
/// <c>length</c> calls (<c>source &gt; source[1] &gt; ... &gt; source[length]</c>), in O(1).
/// </summary>
/// <remarks>
/// As PyneCore measured on TradingView: a step counts as a rise only when it exceeds
/// <see cref="PineComparison.Epsilon"/>. The count of consecutive rises restarts after an na (the
/// first call after one, like the very first call, only records the value), so the result is false
/// until <c>length</c> rises have followed.
/// </remarks>
public struct RisingState
{
    private int _length;
    private double _previous;
    private bool _started;
    private int _run;

    /// <summary>Whether <paramref name="source"/> has risen on each of the last <paramref name="length"/> bars.</summary>
    [PineFunction("ta.rising")]
    public bool Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("rising", length, _length);
        if (!_started || double.IsNaN(_previous))
        {
            _previous = source;
            _started = true;
            return false;
        }

        _run = source - _previous > PineComparison.Epsilon ? Math.Min(_run + 1, length) : 0;
        _previous = source;
        return _run >= length;
    }
}
