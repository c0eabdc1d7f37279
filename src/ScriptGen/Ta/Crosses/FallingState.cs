using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.falling(source, length)</c>: true when the source fell on each of the last
/// <c>length</c> calls (<c>source &lt; source[1] &lt; ... &lt; source[length]</c>), in O(1).
/// </summary>
/// <remarks>The mirror of <see cref="RisingState"/>: a step counts as a fall only below -<see cref="PineComparison.Epsilon"/>.</remarks>
public struct FallingState
{
    private int _length;
    private double _previous;
    private bool _started;
    private int _run;

    /// <summary>Whether <paramref name="source"/> has fallen on each of the last <paramref name="length"/> bars.</summary>
    [PineFunction("ta.falling")]
    public bool Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("falling", length, _length);
        if (!_started || double.IsNaN(_previous))
        {
            _previous = source;
            _started = true;
            return false;
        }

        _run = _previous - source > PineComparison.Epsilon ? Math.Min(_run + 1, length) : 0;
        _previous = source;
        return _run >= length;
    }
}
