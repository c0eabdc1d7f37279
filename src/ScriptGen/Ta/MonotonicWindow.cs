namespace ScriptGen.Ta;

/// <summary>
/// The extreme of the last <c>length</c> values in amortized O(1): a deque of the values that can
/// still become the extreme, oldest first. Shared by <see cref="HighestState"/> and <see cref="LowestState"/>.
/// </summary>
internal struct MonotonicWindow
{
    private double[]? _values;
    private long[]? _positions;
    private int _head;
    private int _count;
    private long _calls;

    /// <summary>
    /// Feeds one value (na values take a place in the window but never become the extreme) and
    /// returns the extreme of the window: na until <paramref name="length"/> values have been fed,
    /// or when the window holds only na.
    /// </summary>
    public double Update(double source, int length, bool maximum)
    {
        double[] values = _values ??= new double[length];
        long[] positions = _positions ??= new long[length];
        long now = _calls++;

        // Each call moves the window by one, so at most the front can have expired.
        if (_count > 0 && positions[_head] <= now - length)
        {
            _head = Wrap(_head + 1, length);
            _count--;
        }

        if (!double.IsNaN(source))
        {
            // Values no better than the new one can never be the extreme again: the new one
            // outlives them. Ties drop the older value, so the extreme is the newest of equals.
            while (_count > 0)
            {
                double back = values[Wrap(_head + _count - 1, length)];
                if (maximum ? back > source : back < source)
                {
                    break;
                }

                _count--;
            }

            int slot = Wrap(_head + _count, length);
            values[slot] = source;
            positions[slot] = now;
            _count++;
        }

        return now < length - 1 || _count == 0 ? double.NaN : values[_head];
    }

    private static int Wrap(int index, int length) => index >= length ? index - length : index;
}
