using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.percentile_nearest_rank(source, length, percentage)</c>: the value of the
/// last <c>length</c> values at the nearest rank, <c>ceil(percentage * length / 100)</c>.
/// </summary>
/// <remarks>
/// <para>TradingView's rule (measured by PyneCore): the window holds the last <c>length</c> values,
/// na included; na values sort after every number, so a rank that lands on them gives na. A
/// percentage of 0 (or na) gives the smallest value. na when the source is na and during the first
/// <c>length - 1</c> calls.</para>
/// <para>O(log length) per bar (<see cref="SortedWindow"/>). Values within Pine's 1e-10 comparison
/// tolerance of each other are ordered exactly here, tolerantly on TradingView: the value returned may
/// then be the other one of such a pair, which differs by less than 1e-10.</para>
/// </remarks>
public struct PercentileNearestRankState : IRestorableState<PercentileNearestRankState>
{
    private int _length;
    private SortedWindow _window;

    /// <summary>The <paramref name="percentage"/> percentile (0..100) of the last <paramref name="length"/> values by the nearest-rank method.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1, or <paramref name="percentage"/> is outside 0..100.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    [PineFunction("ta.percentile_nearest_rank", InPlace = nameof(UpdateInPlace))]
    public double Update([Series] double source, [WindowLength] int length, double percentage)
    {
        _length = TaArguments.Checked("percentile_nearest_rank", length, _length);
        Percentiles.CheckPercentage("percentile_nearest_rank", percentage);
        _window.Push(source, length);
        return Percentile(source, length, percentage);
    }

    /// <summary>The same, with <paramref name="source"/> a bar column whose history is read in place (a call made on every bar).</summary>
    internal double UpdateInPlace(PriceSeries source, int length, double percentage)
    {
        _length = TaArguments.Checked("percentile_nearest_rank", length, _length);
        Percentiles.CheckPercentage("percentile_nearest_rank", percentage);
        _window.PushInPlace(source, length);
        return Percentile(source[0], length, percentage);
    }

    private readonly double Percentile(double source, int length, double percentage)
    {
        if (double.IsNaN(source) || !_window.IsFull)
        {
            return double.NaN;
        }

        int defined = _window.DefinedCount;
        if (!(percentage > 0))
        {
            return defined > 0 ? _window.Select(0) : double.NaN;
        }

        int rank = Math.Clamp((int)Math.Ceiling(percentage * length / 100), 1, length);
        return rank <= defined ? _window.Select(rank - 1) : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref PercentileNearestRankState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
