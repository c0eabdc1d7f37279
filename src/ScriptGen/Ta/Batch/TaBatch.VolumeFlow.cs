namespace ScriptGen.Ta;

// Volume flow over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.accdist</c> of every bar (<see cref="AccdistState"/>).</summary>
    public static void Accdist(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> destination)
    {
        CheckPrices(nameof(Accdist), close, high, low, destination.Length);
        BatchArguments.SameLength(nameof(Accdist), nameof(close), close.Length, nameof(volume), volume.Length);
        var state = new AccdistState();
        for (int i = 0; i < close.Length; i++)
        {
            destination[i] = state.Update(high[i], low[i], close[i], volume[i]);
        }
    }

    /// <summary><c>ta.pvi</c> of every bar (<see cref="PviState"/>).</summary>
    public static void Pvi(ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> destination)
    {
        CheckFlow(nameof(Pvi), close, volume, destination);
        var state = new PviState();
        for (int i = 0; i < close.Length; i++)
        {
            destination[i] = state.Update(close[i], volume[i]);
        }
    }

    /// <summary><c>ta.pvt</c> of every bar (<see cref="PvtState"/>).</summary>
    public static void Pvt(ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> destination)
    {
        CheckFlow(nameof(Pvt), close, volume, destination);
        var state = new PvtState();
        for (int i = 0; i < close.Length; i++)
        {
            destination[i] = state.Update(close[i], volume[i]);
        }
    }

    /// <summary><c>ta.wad</c> of every bar (<see cref="WadState"/>).</summary>
    public static void Wad(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> destination)
    {
        CheckPrices(nameof(Wad), close, high, low, destination.Length);
        var state = new WadState();
        for (int i = 0; i < close.Length; i++)
        {
            destination[i] = state.Update(high[i], low[i], close[i]);
        }
    }

    /// <summary><c>ta.wvad</c> of every bar: <c>(close - open) / (high - low) * volume</c>, na when high = low.</summary>
    public static void Wvad(
        ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume,
        Span<double> destination)
    {
        CheckPrices(nameof(Wvad), close, high, low, destination.Length);
        BatchArguments.SameLength(nameof(Wvad), nameof(close), close.Length, nameof(open), open.Length);
        BatchArguments.SameLength(nameof(Wvad), nameof(close), close.Length, nameof(volume), volume.Length);
        for (int i = 0; i < close.Length; i++)
        {
            destination[i] = high[i] == low[i] ? double.NaN : (close[i] - open[i]) / (high[i] - low[i]) * volume[i];
        }
    }

    /// <summary>
    /// <c>ta.vwap(source)</c> of every bar (<see cref="SessionVwapState"/>): anchored on the first bar and on
    /// each new calendar day of <paramref name="exchangeTimeZone"/>; <paramref name="time"/> is each bar's
    /// open, Unix milliseconds UTC.
    /// </summary>
    public static void Vwap(
        ReadOnlySpan<double> source, ReadOnlySpan<double> volume, ReadOnlySpan<long> time, TimeZoneInfo exchangeTimeZone, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(exchangeTimeZone);
        CheckFlow(nameof(Vwap), source, volume, destination, nameof(source));
        BatchArguments.SameLength(nameof(Vwap), nameof(source), source.Length, nameof(time), time.Length);
        var state = new SessionVwapState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], volume[i], time[i], exchangeTimeZone);
        }
    }

    /// <summary><c>ta.vwap(source, anchor)</c> of every bar (<see cref="VwapState"/>).</summary>
    public static void Vwap(ReadOnlySpan<double> source, ReadOnlySpan<double> volume, ReadOnlySpan<bool> anchor, Span<double> destination)
    {
        CheckFlow(nameof(Vwap), source, volume, destination, nameof(source));
        BatchArguments.SameLength(nameof(Vwap), nameof(source), source.Length, nameof(anchor), anchor.Length);
        var state = new VwapState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], volume[i], anchor[i]);
        }
    }

    /// <summary>
    /// <c>ta.vwap(source, anchor, stdev_mult)</c> of every bar (<see cref="VwapState"/>): the average and
    /// its bands into their own destinations.
    /// </summary>
    public static void Vwap(
        ReadOnlySpan<double> source, ReadOnlySpan<double> volume, ReadOnlySpan<bool> anchor, double stdevMult,
        Span<double> vwap, Span<double> upper, Span<double> lower)
    {
        CheckFlow(nameof(Vwap), source, volume, vwap, nameof(source), nameof(vwap));
        BatchArguments.SameLength(nameof(Vwap), nameof(source), source.Length, nameof(anchor), anchor.Length);
        BatchArguments.SameLength(nameof(Vwap), nameof(source), source.Length, nameof(upper), upper.Length);
        BatchArguments.SameLength(nameof(Vwap), nameof(source), source.Length, nameof(lower), lower.Length);
        var state = new VwapState();
        for (int i = 0; i < source.Length; i++)
        {
            (vwap[i], upper[i], lower[i]) = state.Update(source[i], volume[i], anchor[i], stdevMult);
        }
    }

    private static void CheckFlow(
        string function, ReadOnlySpan<double> values, ReadOnlySpan<double> volume, Span<double> destination,
        string valuesName = "close", string destinationName = "destination")
    {
        BatchArguments.SameLength(function, valuesName, values.Length, nameof(volume), volume.Length);
        BatchArguments.SameLength(function, valuesName, values.Length, destinationName, destination.Length);
    }
}
