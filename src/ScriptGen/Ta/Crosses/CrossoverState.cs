using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.crossover(a, b)</c>: true when <c>a</c> is above <c>b</c> now and was at or
/// below it on the last bar where both were defined.
/// </summary>
/// <remarks>
/// Measured by PyneCore against TradingView: the comparison is exact (no tolerance), bars where
/// either side is na neither fire nor reset the state, and the first defined bar is false.
/// </remarks>
public struct CrossoverState
{
    private bool _wasAtOrBelow;

    /// <summary>Whether <paramref name="source1"/> crossed over <paramref name="source2"/> on this bar: above now, at or below on the last bar both were defined.</summary>
    [PineFunction("ta.crossover")]
    public bool Update([Series] double source1, [Series] double source2)
    {
        bool crossed = source1 > source2 && _wasAtOrBelow;
        if (!double.IsNaN(source1) && !double.IsNaN(source2))
        {
            _wasAtOrBelow = source1 <= source2;
        }

        return crossed;
    }
}
