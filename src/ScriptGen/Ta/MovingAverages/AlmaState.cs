using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.alma</c>: the Arnaud Legoux moving average, a Gaussian-weighted average
/// of the last <c>length</c> values.
/// </summary>
/// <remarks>
/// Pine's definition: with <c>m = offset * (length - 1)</c> (floored when <c>floor</c>) and
/// <c>s = length / sigma</c>, the value <c>i</c> places from the oldest has weight
/// <c>exp(-(i - m)² / (2 s²))</c>; the result is the weighted sum over the sum of the weights,
/// computed as TradingView rounds it (bit for bit on tests/data/tradingview/ta/ma.csv): each weight
/// divided by the sum of the weights first, then the values summed oldest first. The
/// window holds the last <c>length</c> values the call saw, na included, so an na source returns na
/// and so does every bar whose window still holds it; warm-up: na until <c>length</c> values.
/// Gaussian weights have no recurrence, so each bar costs O(length), the only <c>ta</c> state here
/// that is not O(1). The weights are computed once (again only if offset, sigma or floor change).
/// </remarks>
public struct AlmaState : IRestorableState<AlmaState>
{
    private int _length;
    private double[]? _values;
    private double[]? _weights;
    private double _offset;
    private double _sigma;
    private bool _floor;
    private int _next;
    private int _count;

    /// <summary>Arnaud Legoux moving average: a Gaussian-weighted average of the last <paramref name="length"/> values, centred at <paramref name="offset"/> (0 = oldest, 1 = newest) with width length / <paramref name="sigma"/>.</summary>
    [PineFunction("ta.alma", InPlace = nameof(UpdateInPlace))]
    public double Update(
        [Series] double series,
        [WindowLength] int length,
        double offset = 0.85,
        double sigma = 6,
        bool floor = false)
    {
        bool defined = Enter(series, length, offset, sigma, floor);
        double[] values = _values ??= new double[length];
        values[_next] = series;
        _next = _next + 1 == length ? 0 : _next + 1;
        if (!defined)
        {
            return double.NaN;
        }

        // Oldest first (_next is the oldest slot once the window is full), with normalized weights.
        double[] weights = _weights!;
        double sum = 0.0;
        int slot = _next;
        for (int i = 0; i < length; i++)
        {
            sum += values[slot] * weights[i];
            slot = slot + 1 == length ? 0 : slot + 1;
        }

        return sum;
    }

    /// <summary>
    /// The same, with <paramref name="series"/> a bar column whose history is read in place (a call made on every bar): the
    /// window is the column's last <paramref name="length"/> values, oldest first, as the copy holds them.
    /// </summary>
    internal double UpdateInPlace(PriceSeries series, int length, double offset, double sigma, bool floor)
    {
        if (!Enter(series[0], length, offset, sigma, floor))
        {
            return double.NaN;
        }

        double[] weights = _weights!;
        double sum = 0.0;
        ReadOnlySpan<double> stored = series.StoredHistory;
        if (stored.Length >= length)
        {
            // A stored column: the window is its last `length` values, contiguous.
            ReadOnlySpan<double> window = stored.Slice(stored.Length - length, length);
            for (int i = 0; i < window.Length; i++)
            {
                sum += window[i] * weights[i];
            }

            return sum;
        }

        for (int i = 0; i < length; i++)
        {
            sum += series[length - 1 - i] * weights[i]; // hl2 and the like, computed bar by bar
        }

        return sum;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref AlmaState target)
    {
        target._length = _length;
        StateCopy.CopyArray(_values, ref target._values);
        StateCopy.CopyArray(_weights, ref target._weights);
        target._offset = _offset;
        target._sigma = _sigma;
        target._floor = _floor;
        target._next = _next;
        target._count = _count;
    }

    /// <summary>
    /// Counts this call in (checking the length, and computing the weights again if offset, sigma or floor changed): whether
    /// the result is defined, the window full and this bar's <paramref name="value"/> not na.
    /// </summary>
    private bool Enter(double value, int length, double offset, double sigma, bool floor)
    {
        _length = TaArguments.Checked("alma", length, _length);
        if (_weights is null || offset != _offset || sigma != _sigma || floor != _floor)
        {
            ComputeWeights(length, offset, sigma, floor);
        }

        if (_count < length)
        {
            _count++;
        }

        return !double.IsNaN(value) && _count == length;
    }

    private void ComputeWeights(int length, double offset, double sigma, bool floor)
    {
        double[] weights = _weights ??= new double[length];
        double m = floor ? Math.Floor(offset * (length - 1)) : offset * (length - 1);
        double s = length / sigma;
        double norm = 0.0;
        for (int i = 0; i < length; i++)
        {
            weights[i] = Math.Exp(-1 * ((i - m) * (i - m)) / (2 * s * s));
            norm += weights[i];
        }

        for (int i = 0; i < length; i++)
        {
            weights[i] /= norm;
        }

        _offset = offset;
        _sigma = sigma;
        _floor = floor;
    }
}
