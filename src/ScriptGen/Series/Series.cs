using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// A value with history, like a Pine variable: declare it as a field of a script
/// (<c>readonly Series&lt;double&gt; delta = new();</c>), set <see cref="Value"/> in <c>Process()</c>,
/// and read earlier bars with <c>delta[1]</c>.
/// </summary>
/// <remarks>
/// <para>The runtime advances every series field of a script at the start of each bar (the
/// generator emits that code; no reflection). A new bar starts with the previous bar's value, like
/// a Pine <c>var</c>: a bar that does not assign keeps it.</para>
/// <para>History is a bounded ring of the script's <c>MaxBarsBack</c> bars (Pine's
/// <c>max_bars_back</c>, default 5000). Reading before the first bar gives na
/// (<see cref="double.NaN"/> for <see cref="double"/>/<see cref="float"/>, <c>default</c> otherwise);
/// reading further back than <c>MaxBarsBack</c> throws.</para>
/// </remarks>
/// <typeparam name="T">The value type, e.g. <see cref="double"/>, <see cref="int"/>, <see cref="bool"/>.</typeparam>
public sealed class Series<T>
    where T : struct
{
    private T[] _ring = [Na];
    private int _mask;
    private int _head;
    private int _bars;
    private int _maxBarsBack = 5000;
    private int _savedHead;
    private int _savedBars;
    private T _savedCurrent;
    private T _savedNext;

    /// <summary>Creates a series; the script's generated code names it and sizes its history before the first bar.</summary>
    public Series() { }

    /// <summary>Pine's na for <typeparamref name="T"/>: NaN for floating point, <c>default</c> otherwise.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "na depends on T, as Pine's does on the series' type.")]
    public static T Na
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (typeof(T) == typeof(double))
            {
                return (T)(object)double.NaN;
            }

            if (typeof(T) == typeof(float))
            {
                return (T)(object)float.NaN;
            }

            return default;
        }
    }

    /// <summary>The field's name, used in error messages.</summary>
    public string Name { get; private set; } = "(unnamed series)";

    /// <summary>The number of bars this series has lived through.</summary>
    public int BarCount => _bars;

    /// <summary>The value on the current bar.</summary>
    public T Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ring[_head];
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set => _ring[_head] = value;
    }

    /// <summary>The value <paramref name="barsBack"/> bars ago (0 = current bar); na before the first bar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="barsBack"/> is negative or beyond the script's <c>MaxBarsBack</c>.
    /// </exception>
    public T this[int barsBack]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)barsBack < (uint)_bars && barsBack <= _maxBarsBack)
            {
                return _ring[(_head - barsBack) & _mask];
            }

            return barsBack == 0 ? _ring[_head] : OutsideHistory(barsBack);
        }
    }

    /// <summary>The value on the current bar.</summary>
    public static implicit operator T(Series<T> series) => series.Value;

    /// <inheritdoc/>
    public override string ToString() => $"{Name} = {Value}";

    /// <summary>
    /// Called by generated code before the first bar: names the series and sizes its history.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AttachToRun(string name, int maxBarsBack)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBarsBack, 1);
        Name = name;
        _maxBarsBack = maxBarsBack;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)maxBarsBack + 1);
        T initial = _ring[_head];
        _ring = new T[capacity];
        _ring.AsSpan().Fill(Na);
        _ring[0] = initial;
        _mask = capacity - 1;
        _head = 0;
        _bars = 0;
    }

    /// <summary>Called by generated code at the start of every bar: a new slot carrying the previous value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AdvanceBar()
    {
        if (_bars++ == 0)
        {
            return;
        }

        T previous = _ring[_head];
        _head = (_head + 1) & _mask;
        _ring[_head] = previous;
    }

    /// <summary>
    /// Remembers the series as it stands before the bar's <see cref="AdvanceBar"/>, so a re-run of the
    /// bar (<c>calc_on_order_fills</c>) can start from it again (called by the generated code).
    /// </summary>
    /// <remarks>A bar's advance and the script's writes touch only the current and the next slot of
    /// the ring, so those two values and the position are the whole difference.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void SaveBarStart()
    {
        _savedHead = _head;
        _savedBars = _bars;
        _savedCurrent = _ring[_head];
        _savedNext = _ring[(_head + 1) & _mask];
    }

    /// <summary>Puts the series back as <see cref="SaveBarStart"/> found it (called by the generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void RestoreBarStart()
    {
        _head = _savedHead;
        _bars = _savedBars;
        _ring[(_head + 1) & _mask] = _savedNext;
        _ring[_head] = _savedCurrent;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private T OutsideHistory(int barsBack)
    {
        if (barsBack < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(barsBack), barsBack, $"Series '{Name}': [{barsBack}] reads the future; the offset must be 0 or more.");
        }

        if (barsBack > _maxBarsBack)
        {
            throw new ArgumentOutOfRangeException(
                nameof(barsBack),
                barsBack,
                $"Series '{Name}': [{barsBack}] reads past its history of {_maxBarsBack} bars (max_bars_back). " +
                $"Raise MaxBarsBack on the script's attribute to at least {barsBack}.");
        }

        return Na;
    }
}
