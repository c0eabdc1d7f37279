using System.Globalization;
using System.Numerics;

namespace ScriptGen.Namespaces;

/// <summary>How a formatter breaks a tie when it drops digits.</summary>
internal enum DigitRounding
{
    /// <summary><c>str.tostring</c>: half up over the shortest round-trip digits (2.675 is "2.675", so it goes to 2.68).</summary>
    HalfUpOnShortest,

    /// <summary><c>str.format</c> (Java's DecimalFormat): half even, a tie decided on the double's exact value (2.675 is 2.67499..., so 2.67).</summary>
    HalfEvenOnExact,
}

/// <summary>A non-negative number rounded to a count of fraction digits: the integer digits (empty for zero) and exactly that many fraction digits.</summary>
internal readonly record struct RoundedDigits(string Integer, string Fraction);

/// <summary>
/// The digits TradingView's number formatters print. Both start from the shortest decimal that reads back as
/// the same double (Java's <c>Double.toString</c>, .NET's round-trip format), not the binary expansion, so 0.1
/// prints as 0.1 however many decimals a pattern allows. While that decimal is in plain notation (from 1e-3 up)
/// it carries at most 16 fraction digits; below, the cap is gone (measured by PyneCore on TradingView, see
/// docs/strings.md).
/// </summary>
internal static class NumberDigits
{
    /// <summary>The most fraction digits printed for a number of at least <see cref="PlainNotationFloor"/>.</summary>
    private const int PlainFractionCap = 16;

    /// <summary>Where Java's <c>Double.toString</c> leaves plain notation for exponential, and the cap stops.</summary>
    private const double PlainNotationFloor = 1e-3;

    /// <summary><paramref name="magnitude"/> (finite, not negative) rounded to <paramref name="fractionDigits"/> decimals.</summary>
    public static RoundedDigits Round(double magnitude, int fractionDigits, DigitRounding rounding)
    {
        if (magnitude >= PlainNotationFloor)
        {
            fractionDigits = Math.Min(fractionDigits, PlainFractionCap);
        }

        (string digits, int point) = Shortest(magnitude);

        // The value is 0.digits × 10^point; keeping `keep` digits leaves fractionDigits decimals.
        int keep = point + fractionDigits;
        string kept;
        bool roundUp;
        if (keep >= digits.Length)
        {
            kept = digits.PadRight(keep, '0');
            roundUp = false;
        }
        else if (keep < 0)
        {
            // Below a tenth of the last kept place: rounds to zero whatever the rule.
            kept = string.Empty;
            roundUp = false;
        }
        else
        {
            kept = digits[..keep];
            roundUp = rounding == DigitRounding.HalfUpOnShortest
                ? digits[keep] >= '5'
                : RoundsUpHalfEven(magnitude, digits, point, keep);
        }

        string units = roundUp ? Increment(kept) : kept;
        units = units.TrimStart('0');
        if (units.Length <= fractionDigits)
        {
            return new RoundedDigits(string.Empty, units.PadLeft(fractionDigits, '0'));
        }

        return new RoundedDigits(units[..^fractionDigits], units[^fractionDigits..]);
    }

    /// <summary>
    /// The number of decimals of <paramref name="value"/>'s shortest decimal form: 2 for 0.01 and 0.25, 0 for 5.
    /// </summary>
    public static int DecimalsOf(double value)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return 0;
        }

        (string digits, int point) = Shortest(Math.Abs(value));
        return Math.Max(0, digits.Length - point);
    }

    /// <summary>
    /// The shortest round-trip digits of <paramref name="magnitude"/>, without leading or trailing zeros, and
    /// where the decimal point goes: the value is 0.<c>digits</c> × 10^<c>point</c>. Zero is ("", 0).
    /// </summary>
    private static (string Digits, int Point) Shortest(double magnitude)
    {
        string text = magnitude.ToString("R", CultureInfo.InvariantCulture);
        int exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        int exponent = exponentAt < 0 ? 0 : int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = exponentAt < 0 ? text : text[..exponentAt];
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        int point = (dot < 0 ? mantissa.Length : dot) + exponent;
        string digits = dot < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, dot), mantissa.AsSpan(dot + 1));

        int leading = 0;
        while (leading < digits.Length && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..].TrimEnd('0');
        return digits.Length == 0 ? (string.Empty, 0) : (digits, point - leading);
    }

    /// <summary>
    /// Java's HALF_EVEN over the shortest digits: above or below the midpoint as those digits say, and a
    /// midpoint in them (a lone 5 dropped) settled by the exact binary value, which is rarely the decimal tie.
    /// </summary>
    private static bool RoundsUpHalfEven(double magnitude, string digits, int point, int keep)
    {
        char first = digits[keep];
        if (first != '5')
        {
            return first > '5';
        }

        if (keep + 1 < digits.Length)
        {
            return true; // More non-zero digits follow the 5 (trailing zeros were stripped).
        }

        int comparison = CompareExactly(magnitude, digits[..keep] + "5", point - keep - 1);
        if (comparison != 0)
        {
            return comparison > 0;
        }

        return keep > 0 && (digits[keep - 1] - '0') % 2 == 1;
    }

    /// <summary>The sign of <paramref name="magnitude"/> − <paramref name="tieDigits"/> × 10^<paramref name="tieExponent"/>, exactly.</summary>
    private static int CompareExactly(double magnitude, string tieDigits, int tieExponent)
    {
        long bits = BitConverter.DoubleToInt64Bits(magnitude);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        BigInteger mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        int binaryExponent = (biased == 0 ? 1 : biased) - 1075;

        BigInteger left = mantissa;
        BigInteger right = BigInteger.Parse(tieDigits, CultureInfo.InvariantCulture);
        if (binaryExponent >= 0)
        {
            left <<= binaryExponent;
        }
        else
        {
            right <<= -binaryExponent;
        }

        if (tieExponent >= 0)
        {
            right *= BigInteger.Pow(10, tieExponent);
        }
        else
        {
            left *= BigInteger.Pow(10, -tieExponent);
        }

        return left.CompareTo(right);
    }

    /// <summary>Adds one to a string of decimal digits ("" is zero).</summary>
    private static string Increment(string digits)
    {
        char[] result = digits.ToCharArray();
        for (int i = result.Length - 1; i >= 0; i--)
        {
            if (result[i] != '9')
            {
                result[i]++;
                return new string(result);
            }

            result[i] = '0';
        }

        return "1" + new string(result);
    }
}
