using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.max(source)</c>: the highest value of the source since the call first ran
/// (the all-time high), in O(1).
/// </summary>
/// <remarks>na values are ignored; na until the first non-na value. Defined from the first bar.</remarks>
public struct MaxState
{
    private double _value;
    private bool _started;

    /// <summary>All-time highest value of <paramref name="source"/> (na ignored).</summary>
    [PineFunction("ta.max")]
    public double Update([Series] double source)
    {
        if (!_started || double.IsNaN(_value) || source > _value)
        {
            _value = source;
            _started = true;
        }

        return _value;
    }
}
