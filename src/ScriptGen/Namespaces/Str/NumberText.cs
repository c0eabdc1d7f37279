namespace ScriptGen.Namespaces;

/// <summary>
/// <c>str.tostring(value, format)</c> for numbers: a number pattern (<see cref="DecimalPattern"/>, rounded half up
/// over the shortest digits) or one of Pine's <c>format.*</c> constants, which TradingView prints with its chart's
/// number formatter. Non-finite values print as that formatter does (measured by PyneCore on TradingView):
/// <c>NaN</c> for every format, with <c>format.percent</c>'s <c>%</c> and <c>format.volume</c>'s <c>T</c> for an
/// infinity; only <c>format.mintick</c> prints an infinity as <c>Infinity</c>.
/// </summary>
internal static class NumberText
{
    /// <summary>The pattern of <c>str.tostring(value)</c>: up to ten decimals.</summary>
    public const string DefaultPattern = "#.##########";

    /// <summary>The decimals <c>format.percent</c> prints, trailing zeros dropped (Pine: percent's default precision is 2).</summary>
    private const string PercentPattern = "#.##";

    /// <summary>The decimals of each <c>format.volume</c> step (5183 prints 5.183K).</summary>
    private const string VolumePattern = "#.###";

    private static readonly (double Scale, string Suffix)[] s_volumeSteps =
    [
        (1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"),
    ];

    /// <summary><paramref name="value"/> as <c>str.tostring(value, format)</c> prints it.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is neither a format constant nor a valid number pattern.</exception>
    public static string ToString(double value, string format, SymbolInfo symbol) => format switch
    {
        PineFormat.MinTickValue => MinTick(value, symbol.MinTick),
        PineFormat.PercentValue => Percent(value),
        PineFormat.VolumeValue => Volume(value),
        PineFormat.PriceValue or PineFormat.InheritValue => Price(value, symbol.MinTick),
        _ => double.IsFinite(value) ? DecimalPattern.Cached(format).Format(value, DigitRounding.HalfUpOnShortest) : "NaN",
    };

    /// <summary>Rounded to the tick (ties up, as <c>math.round_to_mintick</c>), with the tick's decimals, trailing zeros kept.</summary>
    private static string MinTick(double value, double minTick)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        return Fixed(PineRounding.RoundToMintick(value, minTick), NumberDigits.DecimalsOf(minTick));
    }

    /// <summary>The price scale's decimals (the tick's), trailing zeros kept.</summary>
    private static string Price(double value, double minTick) =>
        double.IsFinite(value) ? Fixed(value, NumberDigits.DecimalsOf(minTick)) : "NaN";

    /// <summary>A fraction as a percentage: 0.25 is 25%.</summary>
    private static string Percent(double value) =>
        double.IsFinite(value)
            ? DecimalPattern.Cached(PercentPattern).Format(value * 100, DigitRounding.HalfUpOnShortest) + "%"
            : "NaN%";

    /// <summary>Thousands as K, millions M, billions B, trillions T.</summary>
    private static string Volume(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        string sign = value < 0 ? "-" : string.Empty;
        double magnitude = Math.Abs(value);
        foreach ((double scale, string suffix) in s_volumeSteps)
        {
            if (magnitude >= scale)
            {
                double scaled = magnitude / scale;
                string digits = double.IsFinite(scaled) ? DecimalPattern.Cached(VolumePattern).Format(scaled, DigitRounding.HalfUpOnShortest) : "NaN";
                return sign + digits + suffix;
            }
        }

        return sign + DecimalPattern.Cached(VolumePattern).Format(magnitude, DigitRounding.HalfUpOnShortest);
    }

    private static string Fixed(double value, int decimals)
    {
        string pattern = decimals == 0 ? "0" : "0." + new string('0', decimals);
        return DecimalPattern.Cached(pattern).Format(value, DigitRounding.HalfUpOnShortest);
    }
}
