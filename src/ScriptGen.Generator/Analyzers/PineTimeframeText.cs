namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// Whether a constant string is a Pine timeframe, by the rule of the runtime's <c>Timeframe.TryParse</c> (which the
/// generator cannot reference: it loads in the compiler). A test holds the two to the same answer on every string
/// of a large generated set, so they cannot drift apart.
/// </summary>
internal static class PineTimeframeText
{
    private static readonly int[] s_secondMultipliers = { 1, 5, 10, 15, 30 };

    /// <summary>Null when <paramref name="text"/> is a timeframe TradingView accepts (or empty: the bars' own); else why not and what would be.</summary>
    public static string? Problem(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        int digits = 0;
        while (digits < text.Length && text[digits] >= '0' && text[digits] <= '9')
        {
            digits++;
        }

        string letters = text.Substring(digits);
        string? unit = letters switch
        {
            "" => "Minutes",
            "S" => "Seconds",
            "D" => "Days",
            "W" => "Weeks",
            "M" => "Months",
            _ => null,
        };
        if (unit is null)
        {
            return string.Equals(letters, "H", System.StringComparison.OrdinalIgnoreCase)
                ? "Pine has no hour unit; an hour is \"60\", four hours \"240\""
                : $"the unit '{letters}' is not one of S (seconds), D (days), W (weeks), M (months), or none for minutes";
        }

        int multiplier = 1;
        if (digits > 0 && !int.TryParse(text.Substring(0, digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out multiplier))
        {
            multiplier = int.MaxValue; // Too many digits: out of every unit's range.
        }

        (bool valid, string range) = unit switch
        {
            "Seconds" => (System.Array.IndexOf(s_secondMultipliers, multiplier) >= 0, "1, 5, 10, 15 or 30"),
            "Minutes" => (multiplier >= 1 && multiplier <= 1440, "1 to 1440"),
            "Days" => (multiplier >= 1 && multiplier <= 365, "1 to 365"),
            "Weeks" => (multiplier >= 1 && multiplier <= 52, "1 to 52"),
            _ => (multiplier >= 1 && multiplier <= 12, "1 to 12"),
        };
        return valid ? null : $"a timeframe in {unit} takes a multiplier of {range}";
    }
}
