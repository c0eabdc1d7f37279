namespace ScriptGen.Ta;

/// <summary>
/// The last <c>length</c> values with two running sums kept in O(1) per value: their plain sum and
/// their sum weighted linearly by position, oldest 1 to newest <c>length</c>. Shared by
/// <see cref="WmaState"/>, <see cref="LinregState"/> and <see cref="CogState"/>.
/// </summary>
/// <remarks>
/// Pushing a value lowers every held weight by one, so the weighted sum loses the plain sum (the
/// oldest value, at weight 1, reaches 0 as it leaves) and gains <c>length * value</c>. Both sums are
/// compensated, the plain sum enters the weighted one with its compensation, and the product's
/// rounding error (recovered with a fused multiply-add) is added too, so neither drifts over
/// millions of values. The same update holds while filling: the first value enters at weight
/// <c>length</c> and reaches 1 when the window is full.
/// </remarks>
internal struct LinearlyWeightedWindow
{
    private RingBuffer _values;
    private CompensatedSum _sum;
    private CompensatedSum _weighted;

    /// <summary>Whether the window holds <c>length</c> values.</summary>
    public readonly bool IsFull => _values.IsFull;

    /// <summary>How many values the window holds.</summary>
    public readonly int Count => _values.Count;

    /// <summary>The sum of the held values.</summary>
    public readonly double Sum => _sum.Value;

    /// <summary>The sum of the held values times their weight (oldest 1 ... newest <c>length</c> once full).</summary>
    public readonly double WeightedSum => _weighted.Value;

    /// <summary>The value <paramref name="age"/> pushes ago (0 = the newest).</summary>
    public readonly double this[int age] => _values[age];

    /// <summary>Appends <paramref name="value"/> (not na), evicting the oldest once <paramref name="length"/> are held.</summary>
    public void Push(double value, int length)
    {
        _weighted.Add(-_sum.High);
        _weighted.Add(-_sum.Low);
        double product = length * value;
        _weighted.Add(product);
        _weighted.Add(Math.FusedMultiplyAdd(length, value, -product));
        if (_values.Push(value, length, out double evicted))
        {
            _sum.Add(-evicted);
        }

        _sum.Add(value);
    }
}
