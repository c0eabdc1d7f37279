using System.Globalization;
using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>Number parsing over UTF-8 bytes in the invariant culture, with a fast path for plain decimals.</summary>
internal static class Utf8Numbers
{
    // Powers of ten exactly representable as doubles (10^22 is the last).
    private static readonly double[] s_powersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>
    /// Parses a number as <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>
    /// with <see cref="NumberStyles.Float"/> and the invariant culture does, giving the same value.
    /// </summary>
    /// <remarks>
    /// Plain decimals of at most 15 digits (prices as files write them) take a fast path: the digits
    /// as an integer, below 2^53 and so exact, divided by an exact power of ten; IEEE division rounds
    /// correctly, so the result is the correctly rounded value, the one the full parser gives.
    /// Everything else (exponents, more digits, NaN, spaces) goes to the full parser.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    public static bool TryParseDouble(ReadOnlySpan<byte> text, out double value)
    {
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && text[0] is (byte)'-' or (byte)'+')
        {
            negative = text[0] == '-';
            i = 1;
        }

        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        bool point = false;
        for (; i < text.Length; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                mantissa = mantissa * 10 + digit;
                digits++;
                fractionDigits += point ? 1 : 0;
            }
            else if (text[i] == '.' && !point)
            {
                point = true;
            }
            else
            {
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
            }
        }

        if (digits == 0 || digits > 15)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        double magnitude = mantissa / s_powersOfTen[fractionDigits];
        value = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>Parses an optionally signed integer of ASCII digits; false when it has anything else or overflows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    public static bool TryParseInteger(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (i == text.Length || text.Length - i > 19)
        {
            return false;
        }

        ulong magnitude = 0;
        for (; i < text.Length; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            magnitude = magnitude * 10 + digit;
        }

        bool negative = text[0] == '-';
        if (magnitude > (negative ? 9_223_372_036_854_775_808UL : long.MaxValue))
        {
            return false;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is an integer as <see cref="TryParseInteger"/> reads them.</summary>
    public static bool IsInteger(ReadOnlySpan<byte> text)
    {
        int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        return i < text.Length && text[i..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;
    }
}
