using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// A price series of the bars (<c>open</c>, <c>high</c>, <c>low</c>, <c>close</c>, <c>volume</c>,
/// <c>hl2</c>, <c>hlc3</c>, <c>ohlc4</c>, <c>hlcc4</c>): converts implicitly to the current bar's
/// value, and <c>close[1]</c> reads the previous bar's.
/// </summary>
/// <remarks>
/// <c>double c = close;</c> takes the value; <c>var c = close;</c> keeps the series. Reading
/// before the first bar exists gives na (<see cref="double.NaN"/>), as in Pine.
/// </remarks>
public readonly struct PriceSeries
{
    private readonly Script _owner;
    private readonly PriceSource _source;

    internal PriceSeries(Script owner, PriceSource source)
    {
        _owner = owner;
        _source = source;
    }

    /// <summary>Which price this series reads.</summary>
    public PriceSource Source => _source;

    /// <summary>The value on the current bar.</summary>
    public double Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _owner.ReadPrice(_source, 0);
    }

    /// <summary>The value <paramref name="barsBack"/> bars ago (0 = current bar); na before the first bar.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="barsBack"/> is negative.</exception>
    public double this[int barsBack]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _owner.ReadPrice(_source, barsBack);
    }

    /// <summary>The column's values from the first bar to the current one, when it is one stored column (not <c>hl2</c> ...); else empty.</summary>
    internal ReadOnlySpan<double> StoredHistory
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _owner.StoredColumn(_source);
    }

    /// <summary>The value on the current bar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator double(PriceSeries series) => series._owner.ReadPrice(series._source, 0);

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
