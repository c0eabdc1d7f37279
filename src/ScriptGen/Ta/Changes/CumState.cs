using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>Call-site state of <c>ta.cum(source)</c>: the running total of every value the call site was given.</summary>
/// <remarks>
/// An na source returns na and adds nothing, so the total resumes on the next defined value (as
/// PyneCore, validated against TradingView, does). The total is a plain running sum, Pine's
/// definition <c>cum[1] + source</c>; it is not windowed, so there is nothing to evict and no drift
/// from eviction.
/// </remarks>
public struct CumState
{
    private double _total;

    /// <summary>The total so far.</summary>
    public readonly double Total => _total;

    /// <summary>The running total of <paramref name="source"/>; an na value returns na and adds nothing.</summary>
    [PineFunction("ta.cum")]
    public double Update([Series] double source)
    {
        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        double total = _total + source; // returned from a local, not from the field: see EmaState.Update
        _total = total;
        return total;
    }
}
