using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.cross(a, b)</c>: true when <c>a</c> crossed <c>b</c> in either direction on this bar.
/// </summary>
/// <remarks>
/// Measured by PyneCore on TradingView, and not <c>crossover || crossunder</c>: the state remembers the
/// last relation that was strictly below or above by more than <see cref="PineComparison.Epsilon"/>
/// (bars within the tolerance keep it) and fires on a strict jump to the other side. It starts
/// unarmed, so values equal from the start never fire. Bars where either side is na neither fire nor
/// change the state.
/// </remarks>
public struct CrossState
{
    // 0: no relation yet; -1: last strictly below; +1: last strictly above.
    private int _armed;

    /// <summary>Whether <paramref name="source1"/> crossed <paramref name="source2"/> on this bar, in either direction (Pine's tolerance keeps equal stretches from firing).</summary>
    [PineFunction("ta.cross")]
    public bool Update([Series] double source1, [Series] double source2)
    {
        bool crossed = (_armed < 0 && source1 > source2) || (_armed > 0 && source1 < source2);
        if (!double.IsNaN(source1) && !double.IsNaN(source2))
        {
            double difference = source1 - source2;
            if (difference < -PineComparison.Epsilon)
            {
                _armed = -1;
            }
            else if (difference > PineComparison.Epsilon)
            {
                _armed = 1;
            }
        }

        return crossed;
    }
}
