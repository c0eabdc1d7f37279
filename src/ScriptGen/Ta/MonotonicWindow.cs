using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// The extreme of the values of the last <c>length</c> bars, and how many bars ago it was, in
/// amortized O(1): a deque of the values that can still become the extreme, oldest first. Shared by
/// the <c>ta.highest</c>/<c>lowest</c> family, <c>ta.range</c>, <c>ta.stoch</c> and <c>ta.wpr</c>.
/// </summary>
/// <remarks>
/// <para>
/// The window spans bars, not calls, and warms up on the bar index, as TradingView's does (measured
/// by PyneCore: <c>ta.highest</c> is na while <c>bar_index &lt; length - 1</c>, and the kept extreme ages
/// in bars). A bar on which the call did not run adds nothing to the window. (TradingView's own
/// buffer can serve a stale value from one window earlier for such a bar; that artefact is not
/// reproduced.)
/// </para>
/// <para>
/// na values never become the extreme. Of equal extremes the oldest is reported, as TradingView's
/// <c>ta.highestbars</c> does; when it leaves the window the next oldest takes over.
/// </para>
/// </remarks>
internal struct MonotonicWindow : IRestorableState<MonotonicWindow>
{
    private double[]? _values;
    private int[]? _bars;
    private int _head;
    private int _count;
    private int _lastBar;

    /// <summary>
    /// Feeds this bar's value and updates the window: afterwards <see cref="Extreme"/> and
    /// <see cref="Offset"/> describe the last <paramref name="length"/> bars up to
    /// <paramref name="barIndex"/>.
    /// </summary>
    /// <returns>Whether the window is warm: <paramref name="barIndex"/> &gt;= length - 1 and it holds a value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Update(double source, int length, int barIndex, bool maximum)
    {
        if (_values is null)
        {
            _values = new double[length];
            _bars = new int[length];
            _lastBar = -1;
        }

        double[] values = _values!;
        int[] bars = _bars!;
        if (barIndex <= _lastBar)
        {
            ThrowBarIndexNotGrowing(barIndex, _lastBar);
        }

        _lastBar = barIndex;

        // Drop what has aged out: after a skipped bar, more than the front can have expired.
        while (_count > 0 && bars[_head] <= barIndex - length)
        {
            _head = Wrap(_head + 1, length);
            _count--;
        }

        if (!double.IsNaN(source))
        {
            // Values worse than the new one can never be the extreme again: the new one outlives
            // them. Equal values stay, so the oldest of equal extremes is the one reported.
            while (_count > 0)
            {
                double back = values[Wrap(_head + _count - 1, length)];
                if (maximum ? back >= source : back <= source)
                {
                    break;
                }

                _count--;
            }

            int slot = Wrap(_head + _count, length);
            values[slot] = source;
            bars[slot] = barIndex;
            _count++;
        }

        return barIndex >= length - 1 && _count > 0;
    }

    /// <summary>The extreme of the window (valid when <see cref="Update"/> returned true).</summary>
    public readonly double Extreme => _values![_head];

    /// <summary>How many bars ago the extreme was (valid when <see cref="Update"/> returned true).</summary>
    public readonly int Offset => _lastBar - _bars![_head];

    /// <inheritdoc/>
    public readonly void CopyTo(ref MonotonicWindow target)
    {
        StateCopy.CopyArray(_values, ref target._values);
        StateCopy.CopyArray(_bars, ref target._bars);
        target._head = _head;
        target._count = _count;
        target._lastBar = _lastBar;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowBarIndexNotGrowing(int barIndex, int lastBar) =>
        throw new ArgumentException($"The bar index must grow from call to call; got {barIndex} after {lastBar}.", nameof(barIndex));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Wrap(int index, int length) => index >= length ? index - length : index;
}
