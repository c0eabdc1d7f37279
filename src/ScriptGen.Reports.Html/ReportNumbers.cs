using System.Globalization;

namespace ScriptGen.Reports.Html;

/// <summary>
/// Numbers and times as the text report shows them: prices to the symbol's tick, money in cents (or finer
/// when one tick of one trade is worth less), times on the exchange's wall clock.
/// </summary>
internal sealed class ReportNumbers
{
    private readonly string _priceFormat;
    private readonly string _moneyFormat;
    private readonly TimeZoneInfo _zone;

    public ReportNumbers(SymbolInfo symbol, double quantity)
    {
        PriceDecimals = DecimalsOf(symbol.MinTick);
        _priceFormat = "F" + PriceDecimals.ToString(CultureInfo.InvariantCulture);
        MoneyDecimals = Math.Max(2, DecimalsOf(symbol.MinTick * symbol.PointValue * quantity));
        _moneyFormat = "N" + MoneyDecimals.ToString(CultureInfo.InvariantCulture);
        _zone = symbol.GetTimeZone();
    }

    /// <summary>Decimals of a price: those of the tick size.</summary>
    public int PriceDecimals { get; }

    /// <summary>Decimals of an amount of money.</summary>
    public int MoneyDecimals { get; }

    public string Price(double value) => double.IsNaN(value) ? "-" : value.ToString(_priceFormat, CultureInfo.InvariantCulture);

    public string Money(double value) => double.IsNaN(value) ? "-" : value.ToString(_moneyFormat, CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    public static string Percent(double value) => double.IsNaN(value) ? "-" : value.ToString("0.00", CultureInfo.InvariantCulture) + " %";

    public static string Ratio(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The wall-clock time of <paramref name="unixMilliseconds"/> in the symbol's zone, to the minute.</summary>
    public string Time(long unixMilliseconds) => Local(unixMilliseconds).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// The wall-clock time as milliseconds since 1970 read as UTC: what the chart's date axis shows, so it
    /// reads the exchange's time as the text report does.
    /// </summary>
    public long WallClockMilliseconds(long unixMilliseconds) =>
        unixMilliseconds + (long)_zone.GetUtcOffset(DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds)).TotalMilliseconds;

    private DateTimeOffset Local(long unixMilliseconds) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds), _zone);

    /// <summary>A bar interval as traders write it: <c>1h</c>, <c>15m</c>, <c>1d</c>.</summary>
    public static string Timeframe(TimeSpan timeframe) => timeframe switch
    {
        { TotalDays: >= 1 } when timeframe.TotalDays % 1 == 0 => timeframe.TotalDays.ToString("0", CultureInfo.InvariantCulture) + "d",
        { TotalHours: >= 1 } when timeframe.TotalHours % 1 == 0 => timeframe.TotalHours.ToString("0", CultureInfo.InvariantCulture) + "h",
        { TotalMinutes: >= 1 } when timeframe.TotalMinutes % 1 == 0 => timeframe.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + "m",
        _ => timeframe.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s",
    };

    private static int DecimalsOf(double step)
    {
        for (int decimals = 0; decimals <= 10; decimals++)
        {
            double scaled = step * Math.Pow(10, decimals);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-9)
            {
                return decimals;
            }
        }

        return 10;
    }
}
