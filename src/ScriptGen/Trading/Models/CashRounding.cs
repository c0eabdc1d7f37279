namespace ScriptGen.Trading.Models;

/// <summary>
/// TradingView books each commission cash flow rounded half away from zero to ten significant digits
/// (PyneCore measured it on 186 consecutive net-profit steps of a BINANCE:BTCUSDT strategy: a raw
/// commission of 1499.77491320487 is booked as 1499.774913). Realized price P&amp;L is not rounded.
/// </summary>
internal static class CashRounding
{
    private const int SignificantDigits = 10;

    /// <summary><paramref name="amount"/> rounded half away from zero to ten significant digits; 0, na and infinities unchanged.</summary>
    public static double TenSignificantDigits(double amount)
    {
        if (amount == 0 || !double.IsFinite(amount) || Math.Abs(amount) >= 1e18 || Math.Abs(amount) < 1e-18)
        {
            return amount; // Outside decimal's exact range nothing here is a money amount worth rounding.
        }

        // decimal holds the double's value to 15 significant digits (its shortest decimal form for any
        // amount with that many digits), so the half-way case is decided on the digits, not on binary noise.
        decimal value = (decimal)amount;
        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(amount)));
        int decimals = SignificantDigits - 1 - exponent;
        if (decimals >= 0)
        {
            return (double)decimal.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        }

        decimal scale = Pow10(-decimals);
        return (double)(decimal.Round(value / scale, 0, MidpointRounding.AwayFromZero) * scale);
    }

    private static decimal Pow10(int power)
    {
        decimal result = 1;
        for (int i = 0; i < power; i++)
        {
            result *= 10;
        }

        return result;
    }
}
