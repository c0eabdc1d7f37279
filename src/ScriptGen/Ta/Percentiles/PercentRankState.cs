using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.percentrank(source, length)</c>: the percentage of the previous
/// <c>length</c> values that are at or below the current one.
/// </summary>
/// <remarks>
/// <para>TradingView's rule (measured by PyneCore, its <c>array.percentrank</c> over
/// <c>source[0..length]</c>): of the <c>length + 1</c> values up to this call, count the non-na values
/// <c>x</c> with <c>x &lt;= source</c> under Pine's tolerant comparison (within 1e-10), less one for the
/// current value itself, times <c>100 / length</c>. na values in the window count in the
/// denominator only. na when the source is na and during the first <c>length</c> calls.</para>
/// <para>O(log length) per bar (<see cref="SortedWindow"/>).</para>
/// </remarks>
public struct PercentRankState : IRestorableState<PercentRankState>
{
    private int _length;
    private SortedWindow _window;

    /// <summary>The percentage of the previous <paramref name="length"/> values at or below the current one.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    [PineFunction("ta.percentrank", Name = "PercentRank", InPlace = nameof(UpdateInPlace))]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("percentrank", length, _length);
        _window.Push(source, length + 1);
        return Rank(source, length);
    }

    /// <summary>The same, with <paramref name="source"/> a bar column whose history is read in place (a call made on every bar).</summary>
    internal double UpdateInPlace(PriceSeries source, int length)
    {
        _length = TaArguments.Checked("percentrank", length, _length);
        _window.PushInPlace(source, length + 1);
        return Rank(source[0], length);
    }

    private readonly double Rank(double source, int length)
    {
        if (double.IsNaN(source) || !_window.IsFull)
        {
            return double.NaN;
        }

        int atOrBelow = _window.CountAtOrBelow(source + PineComparison.Epsilon);
        return (atOrBelow - 1) * 100.0 / length;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref PercentRankState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
