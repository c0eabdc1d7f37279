using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.crossunder(a, b)</c>: true when <c>a</c> is below <c>b</c> now and was at or
/// above it on the last bar where both were defined. The mirror of <see cref="CrossoverState"/>.
/// </summary>
public struct CrossunderState
{
    private bool _wasAtOrAbove;

    /// <summary>Whether <paramref name="source1"/> crossed under <paramref name="source2"/> on this bar.</summary>
    [PineFunction("ta.crossunder")]
    public bool Update([Series] double source1, [Series] double source2)
    {
        bool crossed = source1 < source2 && _wasAtOrAbove;
        if (!double.IsNaN(source1) && !double.IsNaN(source2))
        {
            _wasAtOrAbove = source1 >= source2;
        }

        return crossed;
    }
}
