using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.mom(source, length)</c>: momentum, <c>source - source[length]</c>, which is
/// <see cref="ChangeState"/>'s definition (na handling and warm-up included).
/// </summary>
public struct MomState : IRestorableState<MomState>
{
    private ChangeState _change;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns its momentum over <paramref name="length"/> calls.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    public double Update(double source, int length) => _change.Update(source, length, "mom");

    /// <inheritdoc/>
    public readonly void CopyTo(ref MomState target)
    {
        _change.CopyTo(ref target._change);
    }
}
