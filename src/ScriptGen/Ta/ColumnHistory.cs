using System.Runtime.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// What a <see cref="RingBuffer"/> gives a window, for a call made with a bar column on every bar from the first: the
/// value that leaves the window is the column's own, <c>length</c> bars back, so none is copied. Counts the pushes as
/// the ring does, for when the window is full.
/// </summary>
/// <remarks>A plain value: copying the struct copies it (no <c>CopyTo</c>).</remarks>
internal struct ColumnHistory
{
    private int _count;
    private int _length;

    /// <summary>Whether the window holds its length of values.</summary>
    public readonly bool IsFull => _length > 0 && _count == _length;

    /// <summary>
    /// Counts this bar's value of <paramref name="column"/> in; once the window holds <paramref name="length"/> values, the one
    /// that leaves (<paramref name="length"/> bars back) is returned through <paramref name="evicted"/>.
    /// </summary>
    /// <returns>Whether a value left the window.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Push(PriceSeries column, int length, out double evicted)
    {
        _length = length;
        bool full = _count == length;
        evicted = full ? column[length] : 0;
        if (!full)
        {
            _count++;
        }

        return full;
    }
}
