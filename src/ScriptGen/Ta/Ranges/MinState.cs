using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.min(source)</c>: the lowest value of the source since the call first ran
/// (the all-time low), in O(1).
/// </summary>
/// <remarks>na values are ignored; na until the first non-na value. Defined from the first bar.</remarks>
public struct MinState
{
    private double _value;
    private bool _started;

    /// <summary>All-time lowest value of <paramref name="source"/> (na ignored).</summary>
    [PineFunction("ta.min")]
    public double Update([Series] double source)
    {
        if (!_started || double.IsNaN(_value) || source < _value)
        {
            _value = source;
            _started = true;
        }

        return _value;
    }
}
