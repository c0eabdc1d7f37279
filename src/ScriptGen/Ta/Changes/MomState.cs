using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.mom(source, length)</c>: momentum, <c>source - source[length]</c>, which is
/// <see cref="ChangeState"/>'s definition (na handling and warm-up included).
/// </summary>
public struct MomState : IRestorableState<MomState>
{
    private ChangeState _change;

    /// <summary>Momentum: <paramref name="source"/> less its value <paramref name="length"/> calls ago.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    [PineFunction("ta.mom", InPlace = nameof(UpdateInPlace))]
    public double Update([Series] double source, [WindowLength] int length) => _change.Update(source, length, "mom");

    /// <summary>The same, with <paramref name="source"/> a bar column read in place (<see cref="ChangeState.UpdateInPlace(PriceSeries, int)"/>).</summary>
    internal double UpdateInPlace(PriceSeries source, int length) => _change.UpdateInPlace(source, length, "mom");

    /// <inheritdoc/>
    public readonly void CopyTo(ref MomState target)
    {
        _change.CopyTo(ref target._change);
    }
}
