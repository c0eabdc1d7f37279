using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.percentile_linear_interpolation(source, length, percentage)</c>: the
/// percentile of the last <c>length</c> values, interpolated linearly between the two nearest ranks.
/// </summary>
/// <remarks>
/// <para>TradingView's rule (measured by PyneCore): the 1-based position is
/// <c>length * percentage / 100 + 0.5</c>, clamped to the window; between ranks the result is
/// <c>lower * (1 - f) + upper * f</c>. The window holds the last <c>length</c> values, na included,
/// sorted after every number: once it holds an na, only a position on a whole rank of a number (or the
/// low clamp) gives a value, any other gives na. An na percentage gives na. na when the source is na and
/// during the first <c>length - 1</c> calls.</para>
/// <para>O(log length) per bar (<see cref="SortedWindow"/>); ties within Pine's 1e-10 tolerance as
/// <see cref="PercentileNearestRankState"/>.</para>
/// </remarks>
public struct PercentileLinearInterpolationState : IRestorableState<PercentileLinearInterpolationState>
{
    private int _length;
    private SortedWindow _window;

    /// <summary>The <paramref name="percentage"/> percentile (0..100) of the last <paramref name="length"/> values, interpolated between the two nearest ranks.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1, or <paramref name="percentage"/> is outside 0..100.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    [PineFunction("ta.percentile_linear_interpolation", InPlace = nameof(UpdateInPlace))]
    public double Update([Series] double source, [WindowLength] int length, double percentage)
    {
        _length = TaArguments.Checked("percentile_linear_interpolation", length, _length);
        Percentiles.CheckPercentage("percentile_linear_interpolation", percentage);
        _window.Push(source, length);
        return Percentile(source, length, percentage);
    }

    /// <summary>The same, with <paramref name="source"/> a bar column whose history is read in place (a call made on every bar).</summary>
    internal double UpdateInPlace(PriceSeries source, int length, double percentage)
    {
        _length = TaArguments.Checked("percentile_linear_interpolation", length, _length);
        Percentiles.CheckPercentage("percentile_linear_interpolation", percentage);
        _window.PushInPlace(source, length);
        return Percentile(source[0], length, percentage);
    }

    private readonly double Percentile(double source, int length, double percentage)
    {
        if (double.IsNaN(source) || double.IsNaN(percentage) || !_window.IsFull)
        {
            return double.NaN;
        }

        int defined = _window.DefinedCount;
        double position = length * percentage / 100 + 0.5;
        double nearest = Math.Round(position);
        if (Math.Abs(position - nearest) < 1e-9)
        {
            position = nearest; // floating-point noise just shy of a whole rank
        }

        if (position <= 1)
        {
            return defined > 0 ? _window.Select(0) : double.NaN;
        }

        if (position >= length)
        {
            return defined == length ? _window.Select(length - 1) : double.NaN;
        }

        int lower = (int)Math.Floor(position);
        double fraction = position - lower;
        if (fraction == 0)
        {
            return lower <= defined ? _window.Select(lower - 1) : double.NaN;
        }

        if (defined < length)
        {
            return double.NaN;
        }

        return _window.Select(lower - 1) * (1 - fraction) + _window.Select(lower) * fraction;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref PercentileLinearInterpolationState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
