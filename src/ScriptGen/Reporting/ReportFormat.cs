using System.Globalization;

namespace ScriptGen.Reporting;

/// <summary>Number and time formatting for reports, from the symbol: tick precision, time zone.</summary>
internal sealed class ReportFormat
{
    private readonly int _priceDecimals;
    private readonly int _moneyDecimals;
    private readonly TimeZoneInfo _zone;

    public ReportFormat(SymbolInfo symbol, double quantity)
    {
        _priceDecimals = DecimalsOf(symbol.MinTick);
        // Money shows cents, or as many decimals as one tick of one trade is worth when that is less
        // (one unit of an FX pair moves by 0.00001 a tick: cents would show every trade as 0.00).
        _moneyDecimals = Math.Max(2, DecimalsOf(symbol.MinTick * symbol.PointValue * quantity));
        _zone = symbol.GetTimeZone();
    }

    public string Price(double value) => double.IsNaN(value) ? "-" : value.ToString("F" + _priceDecimals, CultureInfo.InvariantCulture);

    public string Money(double value) => double.IsNaN(value) ? "-" : value.ToString("N" + _moneyDecimals, CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    public static string Percent(double value) => double.IsNaN(value) ? "-" : value.ToString("0.00", CultureInfo.InvariantCulture) + " %";

    public static string Ratio(double value) => double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);

    public string Time(long unixMilliseconds) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds), _zone)
            .ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static int DecimalsOf(double tick)
    {
        for (int decimals = 0; decimals <= 10; decimals++)
        {
            double scaled = tick * Math.Pow(10, decimals);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-9)
            {
                return decimals;
            }
        }

        return 10;
    }
}
