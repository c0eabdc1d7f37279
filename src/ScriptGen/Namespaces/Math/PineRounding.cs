using System.Numerics;

namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's rounding rules: <c>math.round</c> on the exact binary value with ties away from zero and
/// Pine's 1e-10 comparison tolerance, and <c>math.round_to_mintick</c>.
/// </summary>
internal static class PineRounding
{
    /// <summary>
    /// The fraction at and above which a value rounds up: 0.5 less Pine's comparison tolerance.
    /// Measured by PyneCore on TradingView (BINANCE:BTCUSDT 30m, 141,985 values at precisions 2, 3
    /// and 5): the exact scaled value is compared with a tie at 1e-10 slack, so 118152.265 (5.8e-11
    /// short of the tie in binary) rounds to 118152.27 while 100019.7405 (1.2e-10 short) does not.
    /// </summary>
    private const double TieThreshold = 0.5 - 1e-10;

    /// <summary>The largest |precision| handled without allocation (10^22 is the largest exact power of ten).</summary>
    private const int ExactPowers = 22;

    private static readonly double[] s_powersOfTen = BuildPowersOfTen();

    /// <summary>
    /// <paramref name="number"/> rounded to <paramref name="precision"/> decimals (negative: tens,
    /// hundreds, ...): the exact binary value scaled by 10^precision, ties (at Pine's tolerance) away
    /// from zero. na stays na; infinities are returned unchanged.
    /// </summary>
    public static double Round(double number, int precision)
    {
        if (!double.IsFinite(number) || precision > 308 || precision < -308)
        {
            return number;
        }

        double magnitude = Math.Abs(number);
        double units = Math.Abs(precision) <= ExactPowers
            ? RoundedUnits(magnitude, precision)
            : RoundedUnitsExactly(magnitude, precision);
        double value = precision >= 0 ? units / PowerOfTen(precision) : units * PowerOfTen(-precision);
        return number < 0 ? -value : value;
    }

    /// <summary>
    /// <paramref name="number"/> rounded to the nearest multiple of <paramref name="minTick"/>, ties up
    /// (Pine's documented rule). The result is built as <c>units * minmove / pricescale</c>, the way
    /// TradingView defines <c>syminfo.mintick</c> (<c>minmove / pricescale</c>), so a tick of 0.00001
    /// gives exactly <c>units / 100000</c>.
    /// </summary>
    public static double RoundToMintick(double number, double minTick)
    {
        if (double.IsNaN(number))
        {
            return double.NaN;
        }

        double units = Math.Floor(number / minTick + 0.5);
        (double minMove, double priceScale) = Scale(minTick);
        return units * minMove / priceScale;
    }

    /// <summary>
    /// A tick as Pine's <c>minmove / pricescale</c>: the smallest power of ten that makes the tick a whole
    /// number of units (0.025 = 25 / 1000). A tick with no such decimal form is its own unit.
    /// </summary>
    private static (double MinMove, double PriceScale) Scale(double minTick)
    {
        for (int decimals = 0; decimals <= 15; decimals++)
        {
            double scale = s_powersOfTen[decimals];
            double scaled = minTick * scale;
            double whole = Math.Round(scaled);
            if (whole >= 1 && Math.Abs(scaled - whole) <= 1e-9 * scaled)
            {
                return (whole, scale);
            }
        }

        return (minTick, 1);
    }

    /// <summary>Round half away from zero (at the tolerance) of magnitude * 10^precision, for |precision| &lt;= 22, exactly.</summary>
    private static double RoundedUnits(double magnitude, int precision)
    {
        double units, fraction;
        if (precision >= 0)
        {
            // The exact product is high + low (an error-free transformation: 10^precision is exact).
            double scale = s_powersOfTen[precision];
            double high = magnitude * scale;
            double low = Math.FusedMultiplyAdd(magnitude, scale, -high);
            units = Math.Floor(high);
            fraction = (high - units) + low;
        }
        else
        {
            // magnitude / 10^-precision: the remainder of the floored quotient is exact with an FMA.
            double divisor = s_powersOfTen[-precision];
            units = Math.Floor(magnitude / divisor);
            double remainder = Math.FusedMultiplyAdd(-units, divisor, magnitude);
            if (remainder < 0)
            {
                units -= 1;
                remainder += divisor;
            }

            fraction = remainder / divisor;
        }

        if (fraction < 0)
        {
            units -= 1;
            fraction += 1;
        }
        else if (fraction >= 1)
        {
            units += 1;
            fraction -= 1;
        }

        return fraction >= TieThreshold ? units + 1 : units;
    }

    /// <summary>The same rule with arbitrary-precision integers, for precisions beyond ±22 (it allocates; such precisions are rare).</summary>
    private static double RoundedUnitsExactly(double magnitude, int precision)
    {
        long bits = BitConverter.DoubleToInt64Bits(magnitude);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075; // magnitude = mantissa * 2^exponent
        BigInteger numerator = mantissa;
        BigInteger denominator = BigInteger.One;
        if (exponent >= 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }

        if (precision >= 0)
        {
            numerator *= BigInteger.Pow(10, precision);
        }
        else
        {
            denominator *= BigInteger.Pow(10, -precision);
        }

        BigInteger units = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        // remainder / denominator >= 0.5 - 1e-10, in integers: remainder * 10^10 >= (5 * 10^9 - 1) * denominator.
        if (remainder * 10_000_000_000L >= (5_000_000_000L - 1) * denominator)
        {
            units += 1;
        }

        return (double)units;
    }

    private static double PowerOfTen(int exponent) => exponent <= ExactPowers ? s_powersOfTen[exponent] : Math.Pow(10, exponent);

    private static double[] BuildPowersOfTen()
    {
        var powers = new double[ExactPowers + 1];
        double power = 1;
        for (int i = 0; i < powers.Length; i++)
        {
            powers[i] = power;
            power *= 10;
        }

        return powers;
    }
}
