using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ScriptGen.CompilerServices;

/// <summary>
/// The current bar's values, for generated interceptors (which live outside the script class and
/// cannot reach its protected members). Not for hand-written code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BarValues
{
    /// <summary>The bar's open.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Open(Script script) => script.ReadPrice(PriceSource.Open, 0);

    /// <summary>The bar's high.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double High(Script script) => script.ReadPrice(PriceSource.High, 0);

    /// <summary>The bar's low.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Low(Script script) => script.ReadPrice(PriceSource.Low, 0);

    /// <summary>The bar's close.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Close(Script script) => script.ReadPrice(PriceSource.Close, 0);

    /// <summary>The bar's volume (na without volume data).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Volume(Script script) => script.ReadPrice(PriceSource.Volume, 0);

    /// <summary>(high + low) / 2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Hl2(Script script) => script.ReadPrice(PriceSource.Hl2, 0);

    /// <summary>(high + low + close) / 3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Hlc3(Script script) => script.ReadPrice(PriceSource.Hlc3, 0);

    /// <summary>(open + high + low + close) / 4.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Ohlc4(Script script) => script.ReadPrice(PriceSource.Ohlc4, 0);

    /// <summary>(high + low + 2 * close) / 4.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Hlcc4(Script script) => script.ReadPrice(PriceSource.Hlcc4, 0);

    /// <summary>The previous bar's close (<c>close[1]</c>), na on the first bar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PreviousClose(Script script) => script.ReadPrice(PriceSource.Close, 1);

    /// <summary>The bar's open time, Unix milliseconds UTC.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Time(Script script) => script.ReadTime(0);

    /// <summary>The bar's index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int BarIndex(Script script) => script.Cursor.Index;

    /// <summary>The time zone of the run's symbol (resolved once per run).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TimeZoneInfo ExchangeTimeZone(Script script) => script.ExchangeTimeZone;

    /// <summary>The run's symbol sessions on the calendar (built once per run), which say the trading day a bar belongs to.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SessionSchedule SymbolSession(Script script) => script.SymbolSchedule;

    /// <summary>The bar column <paramref name="source"/> as a series (for the in-place calls, which read its history).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PriceSeries Column(Script script, PriceSource source) => new(script, source);

    /// <summary>Plot <paramref name="index"/> of <paramref name="script"/> as a series its importer reads (for the generated <c>Plots</c> accessors).</summary>
    public static PlotSeries PlotSeries(Script script, int index) => new(script, index);

    // The values barsBack bars ago, for a built-in variable's state catching up on bars its call site skipped.

    /// <summary>The open <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Open(Script script, int barsBack) => script.ReadPrice(PriceSource.Open, barsBack);

    /// <summary>The high <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double High(Script script, int barsBack) => script.ReadPrice(PriceSource.High, barsBack);

    /// <summary>The low <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Low(Script script, int barsBack) => script.ReadPrice(PriceSource.Low, barsBack);

    /// <summary>The close <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Close(Script script, int barsBack) => script.ReadPrice(PriceSource.Close, barsBack);

    /// <summary>The volume <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Volume(Script script, int barsBack) => script.ReadPrice(PriceSource.Volume, barsBack);

    /// <summary>hl2 <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Hl2(Script script, int barsBack) => script.ReadPrice(PriceSource.Hl2, barsBack);

    /// <summary>hlc3 <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Hlc3(Script script, int barsBack) => script.ReadPrice(PriceSource.Hlc3, barsBack);

    /// <summary>ohlc4 <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Ohlc4(Script script, int barsBack) => script.ReadPrice(PriceSource.Ohlc4, barsBack);

    /// <summary>hlcc4 <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Hlcc4(Script script, int barsBack) => script.ReadPrice(PriceSource.Hlcc4, barsBack);

    /// <summary>The close before the bar <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PreviousClose(Script script, int barsBack) => script.ReadPrice(PriceSource.Close, barsBack + 1);

    /// <summary>The open time of the bar <paramref name="barsBack"/> bars ago.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Time(Script script, int barsBack) => script.ReadTime(barsBack);
}
