using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// Finds pivots over the last <c>leftbars + rightbars + 1</c> bars: a pivot high is at least every
/// older bar of the window and strictly above every newer one (a pivot low the mirror); na values
/// never pivot and never prevent one.
/// </summary>
/// <remarks>
/// <para>Two ways to the same answer, chosen by the window's size on the first call. Windows of up to
/// <see cref="ScanLimit"/> bars keep the raw values in a ring and compare the candidate with all its
/// neighbours four at a time, without branching (<see cref="WindowCompare"/>): at that size it is
/// faster than any bookkeeping (a bounded O(span)). Longer
/// windows keep a monotonic deque of the values that can still be the extreme, where a new value
/// evicts every value it equals or beats, so the front is the newest extreme and the pivot test is one
/// compare (amortized O(1)).</para>
/// <para><c>MonotonicWindow</c> (<c>ta.highest</c>) is not reused because it reports the oldest of equal
/// extremes, and a pivot needs the newest. The window spans bars, as <c>ta.highest</c>'s does on
/// TradingView: a bar on which the call did not run holds na.</para>
/// </remarks>
internal struct PivotWindow : IRestorableState<PivotWindow>
{
    /// <summary>The longest window scanned directly (see the remarks).</summary>
    public const int ScanLimit = 32;

    private double[]? _values;
    private int[]? _bars;
    private int _mask;
    private int _head;
    private int _tail;
    private int _lastBar;

    /// <summary>
    /// Feeds this bar's value and returns the pivot found <paramref name="rightbars"/> bars back (its
    /// value), or na: na also when <paramref name="source"/> is na and before bar
    /// <c>leftbars + rightbars</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="barIndex"/> is not above the last call's.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double source, int leftbars, int rightbars, int barIndex, bool high)
    {
        // The usual call is the next bar's: one compare. The first call, skipped bars and a bar index
        // that does not grow take the slow path.
        if (barIndex != _lastBar + 1 || _values is null)
        {
            Prepare(leftbars + rightbars + 1, barIndex);
        }

        _lastBar = barIndex;
        return _bars is null
            ? Scan(source, leftbars, rightbars, barIndex, high)
            : Deque(source, rightbars, leftbars + rightbars + 1, barIndex, high);
    }

    /// <summary>
    /// The same with this bar's value of <paramref name="column"/>, a bar column whose history is read in place (a call made on
    /// every bar from the first): a window of up to <see cref="ScanLimit"/> bars of a stored column is scanned where the bars
    /// hold it, with nothing kept; a longer window, or a price computed from several columns (<c>hl2</c> ...), keeps its values
    /// as <see cref="Update"/> does (the same way on every bar of a run, since neither changes during one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double UpdateInPlace(PriceSeries column, int leftbars, int rightbars, int barIndex, bool high)
    {
        ReadOnlySpan<double> stored = column.StoredHistory;
        if (leftbars + rightbars + 1 > ScanLimit || stored.IsEmpty)
        {
            return Update(column[0], leftbars, rightbars, barIndex, high);
        }

        int current = stored.Length - 1;
        double source = stored[current];
        if (current < leftbars + rightbars || double.IsNaN(source))
        {
            return double.NaN;
        }

        // The window is the column's last leftbars + rightbars + 1 values, contiguous (the span checked it is in bounds).
        ref double older = ref MemoryMarshal.GetReference(stored.Slice(current - rightbars - leftbars, leftbars + rightbars + 1));
        double candidate = Unsafe.Add(ref older, leftbars);
        ref double newer = ref Unsafe.Add(ref older, leftbars + 1);
        bool pivot = high
            ? WindowCompare.Peaks(ref older, leftbars, candidate, ref newer, rightbars - 1, source)
            : WindowCompare.Troughs(ref older, leftbars, candidate, ref newer, rightbars - 1, source);
        return pivot ? candidate : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref PivotWindow target)
    {
        StateCopy.CopyArray(_values, ref target._values);
        StateCopy.CopyArray(_bars, ref target._bars);
        target._mask = _mask;
        target._head = _head;
        target._tail = _tail;
        target._lastBar = _lastBar;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Prepare(int span, int barIndex)
    {
        if (_values is null)
        {
            int size = (int)BitOperations.RoundUpToPowerOf2((uint)span);
            // The scanned ring keeps each value twice (slot and slot + size) so every window is contiguous.
            _values = new double[span > ScanLimit ? size : 2 * size];
            Array.Fill(_values, double.NaN); // bars before the first call hold na
            _bars = span > ScanLimit ? new int[size] : null;
            _mask = size - 1;
            _lastBar = barIndex - 1;
            return;
        }

        if (barIndex <= _lastBar)
        {
            throw new ArgumentException($"The bar index must grow from call to call; got {barIndex} after {_lastBar}.", nameof(barIndex));
        }

        if (_bars is null)
        {
            // Bars the call skipped hold na in the scanned ring (at most a window's worth needs writing).
            int mask = _mask;
            for (int skipped = Math.Max(_lastBar + 1, barIndex - mask); skipped < barIndex; skipped++)
            {
                _values[skipped & mask] = double.NaN;
                _values[(skipped & mask) + mask + 1] = double.NaN;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Scan(double source, int leftbars, int rightbars, int barIndex, bool high)
    {
        int mask = _mask;
        int size = mask + 1;
        // No bounds checks in the scan: slots are masked, and a window starting at slot s ends before
        // s + size <= 2 * size, the array's length.
        ref double values = ref MemoryMarshal.GetArrayDataReference(_values!);
        if (barIndex < leftbars + rightbars || double.IsNaN(source))
        {
            Store(ref values, barIndex & mask, size, source);
            return double.NaN;
        }

        // The window is the ring's last leftbars + rightbars values plus this bar's source, which is
        // compared from its register and stored only afterwards: a 4-wide load over a value stored
        // moments before cannot be forwarded from the store buffer and stalls until the store lands
        // (with the reload, both pivot states took 18 ms per million bars; without it, 9.5-9.9 ms).
        ref double older = ref Unsafe.Add(ref values, (barIndex - rightbars - leftbars) & mask);
        double candidate = Unsafe.Add(ref older, leftbars);
        ref double newer = ref Unsafe.Add(ref older, leftbars + 1);
        // An na candidate compares false with everything, so it passes and is returned: na either way.
        bool pivot = high
            ? WindowCompare.Peaks(ref older, leftbars, candidate, ref newer, rightbars - 1, source)
            : WindowCompare.Troughs(ref older, leftbars, candidate, ref newer, rightbars - 1, source);
        Store(ref values, barIndex & mask, size, source);
        return pivot ? candidate : double.NaN;
    }

    /// <summary>Writes a value to its slot and to the slot's copy one ring further on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref double values, int slot, int size, double value)
    {
        Unsafe.Add(ref values, slot) = value;
        Unsafe.Add(ref values, slot + size) = value;
    }

    private double Deque(double source, int rightbars, int span, int barIndex, bool high)
    {
        double[] values = _values!;
        int[] bars = _bars!;
        int mask = _mask;
        int head = _head, tail = _tail; // head: the oldest entry; tail: one past the newest (unwrapped counters)
        while (head != tail && bars[head & mask] <= barIndex - span)
        {
            head++;
        }

        if (double.IsNaN(source))
        {
            _head = head;
            return double.NaN;
        }

        if (high)
        {
            while (head != tail && values[(tail - 1) & mask] <= source)
            {
                tail--;
            }
        }
        else
        {
            while (head != tail && values[(tail - 1) & mask] >= source)
            {
                tail--;
            }
        }

        values[tail & mask] = source;
        bars[tail & mask] = barIndex;
        tail++;
        _head = head;
        _tail = tail;

        int front = head & mask;
        return barIndex >= span - 1 && bars[front] == barIndex - rightbars ? values[front] : double.NaN;
    }
}
