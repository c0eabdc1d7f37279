using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// The last <c>length</c> values with two running sums kept in O(1) per value: their plain sum and
/// their sum weighted linearly by position, oldest 1 to newest <c>length</c>. Shared by
/// <see cref="WmaState"/>, <see cref="LinRegState"/> and <see cref="CogState"/>.
/// </summary>
/// <remarks>
/// Pushing a value lowers every held weight by one, so the weighted sum loses the plain sum (the
/// oldest value, at weight 1, reaches 0 as it leaves) and gains <c>length * value</c>. Both sums are
/// compensated, the plain sum enters the weighted one with its compensation, and the product's
/// rounding error (recovered with a fused multiply-add) is added too, so neither drifts over
/// millions of values. The same update holds while filling: the first value enters at weight
/// <c>length</c> and reaches 1 when the window is full.
/// </remarks>
internal struct LinearlyWeightedWindow : IRestorableState<LinearlyWeightedWindow>
{
    private double[]? _values;
    private int _next;
    private int _count;

    // Two Neumaier sums (see CompensatedSum), kept as plain fields so Push can chain the additions
    // on locals and store once.
    private double _sum;
    private double _sumLow;
    private double _weighted;
    private double _weightedLow;

    /// <summary>Whether the window holds <c>length</c> values.</summary>
    public readonly bool IsFull => _values is not null && _count == _values.Length;

    /// <summary>The sum of the held values.</summary>
    public readonly double Sum => _sum + _sumLow;

    /// <summary>The sum of the held values times their weight (oldest 1 ... newest <c>length</c> once full).</summary>
    public readonly double WeightedSum => _weighted + _weightedLow;

    /// <summary>Appends <paramref name="value"/> (not na), evicting the oldest once <paramref name="length"/> are held.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(double value, int length)
    {
        double sum = _sum, sumLow = _sumLow, weighted = _weighted, weightedLow = _weightedLow;
        CompensatedSum.Add(ref weighted, ref weightedLow, -sum);
        CompensatedSum.Add(ref weighted, ref weightedLow, -sumLow);
        double product = length * value;
        CompensatedSum.Add(ref weighted, ref weightedLow, product);
        CompensatedSum.Add(ref weighted, ref weightedLow, Math.FusedMultiplyAdd(length, value, -product));
        // The slot the new value takes holds the evicted one, or 0 while filling: subtracting 0 is exact.
        double[] values = _values ??= new double[length];
        int next = _next;
        CompensatedSum.Add(ref sum, ref sumLow, -values[next]);
        values[next] = value;
        _next = next + 1 == values.Length ? 0 : next + 1;
        if (_count < values.Length)
        {
            _count++;
        }

        CompensatedSum.Add(ref sum, ref sumLow, value);
        _sum = sum;
        _sumLow = sumLow;
        _weighted = weighted;
        _weightedLow = weightedLow;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref LinearlyWeightedWindow target)
    {
        StateCopy.CopyArray(_values, ref target._values);
        target._next = _next;
        target._count = _count;
        target._sum = _sum;
        target._sumLow = _sumLow;
        target._weighted = _weighted;
        target._weightedLow = _weightedLow;
    }
}
