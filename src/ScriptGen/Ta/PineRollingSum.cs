using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// The sum of the last <c>length</c> non-na values, computed the way TradingView's engine computes
/// <c>math.sum</c>, so that results built on it (variance, standard deviation, Bollinger width,
/// correlation) agree with TradingView to the last bit rather than to the cancellation.
/// </summary>
/// <remarks>
/// <para>
/// The machine, as PyneCore measured it bit for bit against TradingView (its
/// <c>lib/_math_stateful.py</c> and <c>core/rolling_sum.py</c>): a sum <c>s</c> and a compensation
/// <c>c</c>. Each value <c>x</c> evicts the value stored <c>length</c> additions ago (<c>d</c>, 0 while
/// warming up) in one fused two-round step, <c>y1 = -d - c; t = s + y1; e = (t - s) - y1;
/// y2 = x - e; s' = t + y2; c' = (s' - t) - y2</c>, and stores the realized <c>y2</c> as what a
/// later eviction subtracts. On a bar where adding <c>|c|</c> to <c>x</c> rounds down (the residue
/// <c>|c| - ((x + |c|) - x)</c> is positive; never when <c>c</c> or <c>x</c> is 0), the engine
/// re-baselines instead: the sum becomes the plain newest-first sum of the raw window, the
/// compensation clears, and the raw value is stored.
/// </para>
/// <para>
/// The value reported is <c>s</c>, not <c>s + c</c>. This is not more accurate than a Neumaier sum
/// (<see cref="CompensatedSum"/>); it is TradingView's. Re-baselines are rare on price data (about one
/// bar in two thousand) and cost O(length); every other bar is O(1).
/// </para>
/// <para>
/// na values are not stored (the window is na-compacted): an na value returns the current sum
/// (na while fewer than <c>length</c> values have been added), as TradingView's <c>math.sum</c> and
/// <c>ta.sma</c> do on an na bar.
/// </para>
/// </remarks>
internal struct PineRollingSum : IRestorableState<PineRollingSum>
{
    private Entry[]? _window;
    private int _head;
    private int _count;
    private double _sum;
    private double _compensation;

    /// <summary>Whether <c>length</c> values have been added (the sum is defined).</summary>
    public readonly bool IsFull => _window is not null && _count == _window.Length;

    /// <summary>
    /// Adds <paramref name="value"/> (evicting the oldest value once <paramref name="length"/> are
    /// held) and returns the sum of the window: na until <paramref name="length"/> non-na values
    /// have been added. An na value changes nothing and returns the current sum.
    /// </summary>
    /// <remarks>The length must be the same on every call; the owning state checks it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Add(double value, int length)
    {
        if (double.IsNaN(value))
        {
            return _count == length ? _sum : double.NaN;
        }

        Entry[] window = _window ??= new Entry[length];
        int head = _head;
        ref Entry slot = ref window[head];
        int count = _count;
        double evicted = count == length ? slot.Realized : 0.0;
        slot.Raw = value;
        if (count < length)
        {
            _count = ++count;
        }

        _head = head + 1 == window.Length ? 0 : head + 1;
        double c = _compensation;
        if (Rebaselines(c, value))
        {
            double rebuilt = Rebaseline(window, head, count, value);
            _sum = rebuilt;
            _compensation = 0.0;
            return count == length ? rebuilt : double.NaN;
        }

        double s = _sum;
        double y1 = -evicted - c;
        double t = s + y1;
        double e1 = (t - s) - y1;
        double y2 = value - e1;
        double next = t + y2;
        _compensation = (next - t) - y2;
        _sum = next;
        slot.Realized = y2;
        return count == length ? next : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref PineRollingSum target)
    {
        StateCopy.CopyArray(_window, ref target._window);
        target._head = _head;
        target._count = _count;
        target._sum = _sum;
        target._compensation = _compensation;
    }

    /// <summary>
    /// TradingView's re-baseline condition: the fixed-order Fast2Sum residue of <c>x + |c|</c> is
    /// positive (the addition rounded down). The fixed order, without the usual magnitude swap, is
    /// what the engine tests, exact or not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Rebaselines(double compensation, double value)
    {
        if (compensation == 0.0 || value == 0.0)
        {
            return false;
        }

        double magnitude = Math.Abs(compensation);
        double shifted = value + magnitude;
        // shifted - shifted is 0 only for a finite value: rejects nan and infinities.
        return shifted != 0.0 && shifted - shifted == 0.0 && magnitude - (shifted - value) > 0.0;
    }

    /// <summary>
    /// The rare bar: stores the raw value as realized and returns the plain newest-first sum of the
    /// <paramref name="count"/> newest raw values (static, so the state's fields stay promotable).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Rebaseline(Entry[] window, int newest, int count, double value)
    {
        window[newest].Realized = value;
        double sum = window[newest].Raw;
        int index = newest;
        for (int age = 1; age < count; age++)
        {
            index = index == 0 ? window.Length - 1 : index - 1;
            sum = window[index].Raw + sum;
        }

        return sum;
    }

    /// <summary>One value of the window: as added, and as the sum realized it (what its eviction subtracts).</summary>
    private struct Entry
    {
        public double Raw;
        public double Realized;
    }
}
