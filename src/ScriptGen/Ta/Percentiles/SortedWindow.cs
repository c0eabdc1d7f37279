using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// The last <c>capacity</c> values a call site was given, na included, with their non-na part kept in
/// order (<see cref="OrderStatisticTree"/>): O(log capacity) per value. Backs the percentile states.
/// </summary>
internal struct SortedWindow : IRestorableState<SortedWindow>
{
    private RingBuffer _window;
    private ColumnHistory _column;
    private OrderStatisticTree _sorted;

    /// <summary>Whether the window holds <c>capacity</c> values.</summary>
    public readonly bool IsFull => _window.IsFull || _column.IsFull;

    /// <summary>How many non-na values the window holds.</summary>
    public readonly int DefinedCount => _sorted.Count;

    /// <summary>The <paramref name="rank"/>-th smallest non-na value (0-based); requires <paramref name="rank"/> &lt; <see cref="DefinedCount"/>.</summary>
    public readonly double Select(int rank) => _sorted.Select(rank);

    /// <summary>How many non-na values are at or below <paramref name="bound"/>.</summary>
    public readonly int CountAtOrBelow(double bound) => _sorted.AtOrBelow(bound).Count;

    /// <summary>Appends <paramref name="value"/>, dropping the oldest once <paramref name="capacity"/> are held.</summary>
    public void Push(double value, int capacity)
    {
        _sorted.EnsureCapacity(capacity);
        Enter(value, _window.Push(value, capacity, out double evicted), evicted);
    }

    /// <summary>The same with the value this bar's of <paramref name="column"/>, whose history is read in place (<see cref="ColumnHistory"/>).</summary>
    public void PushInPlace(PriceSeries column, int capacity)
    {
        _sorted.EnsureCapacity(capacity);
        Enter(column[0], _column.Push(column, capacity, out double evicted), evicted);
    }

    private void Enter(double value, bool evicts, double evicted)
    {
        if (evicts && !double.IsNaN(evicted))
        {
            _sorted.Remove(evicted);
        }

        if (!double.IsNaN(value))
        {
            _sorted.Insert(value);
        }
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref SortedWindow target)
    {
        _window.CopyTo(ref target._window);
        target._column = _column;
        _sorted.CopyTo(ref target._sorted);
    }
}
