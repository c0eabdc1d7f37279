using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.barssince(condition)</c>: how many calls ago the condition was last true
/// (0 on a call where it is true).
/// </summary>
/// <remarks>
/// na until the condition has been true once. Pine's result is an int that can be na, so it is a
/// whole <see cref="double"/> here (NaN for na). Counts the calls of this call site, which are the bars
/// when it runs on every bar.
/// </remarks>
public struct BarsSinceState
{
    private long _since;
    private bool _seen;

    /// <summary>Bars since <paramref name="condition"/> was last true (0 when it is true now), na before it ever was: a whole <see cref="double"/>, since Pine's int result can be na.</summary>
    [PineFunction("ta.barssince", Name = "BarsSince")]
    public double Update([Series] bool condition)
    {
        if (condition)
        {
            _seen = true;
            _since = 0;
        }
        else if (_seen)
        {
            _since++;
        }

        return _seen ? _since : double.NaN;
    }
}
