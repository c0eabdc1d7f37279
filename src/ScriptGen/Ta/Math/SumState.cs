using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>math.sum(source, length)</c>: the sum of the last <c>length</c> non-na values,
/// with TradingView's compensated rolling sum (<see cref="PineRollingSum"/>).
/// </summary>
/// <remarks>
/// na handling, as TradingView does it (PyneCore's <c>math.sum</c> test replays TradingView's log of
/// <c>math.sum</c> over a series that is na on two bars of three): the window is na-compacted, and an
/// na source stores nothing and returns the current sum, which is na until <c>length</c> non-na values
/// have been seen. A length of 1 returns the source itself (na included). Warm-up: the first value
/// comes with the <c>length</c>-th non-na value.
/// </remarks>
public struct SumState : IRestorableState<SumState>
{
    private int _length;
    private PineRollingSum _sum;

    /// <summary>The sum of the last <paramref name="length"/> non-na values of <paramref name="source"/>; on an na bar, the current sum (na until <paramref name="length"/> values were seen). Each call site keeps its own window.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [PineFunction("math.sum")]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("math.sum", length, _length);

        if (length == 1)
        {
            return source;
        }

        return _sum.Add(source, length);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref SumState target)
    {
        target._length = _length;
        _sum.CopyTo(ref target._sum);
    }
}
