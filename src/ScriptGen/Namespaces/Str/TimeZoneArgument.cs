using System.Globalization;
using System.Text.RegularExpressions;

namespace ScriptGen.Namespaces;

/// <summary>
/// A time zone as Pine's functions take it: <c>"UTC"</c>, a UTC or GMT offset (<c>"UTC-4"</c>, <c>"GMT+5:30"</c>,
/// <c>"UTC+0530"</c>) or an IANA id (<c>"America/New_York"</c>).
/// </summary>
internal static partial class TimeZoneArgument
{
    /// <summary>The zone <paramref name="text"/> names.</summary>
    /// <exception cref="ArgumentException">It names none; the message says what a zone looks like.</exception>
    public static TimeZoneInfo Parse(string text, string function)
    {
        Match offset = OffsetForm().Match(text);
        if (offset.Success)
        {
            if (!offset.Groups["sign"].Success)
            {
                return TimeZoneInfo.Utc;
            }

            int hours = int.Parse(offset.Groups["hours"].Value, CultureInfo.InvariantCulture);
            int minutes = offset.Groups["minutes"].Success ? int.Parse(offset.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
            if (hours <= 18 && minutes < 60)
            {
                var span = new TimeSpan(hours, minutes, 0);
                span = offset.Groups["sign"].Value == "-" ? -span : span;
                return TimeZoneInfo.CreateCustomTimeZone(text, span, text, text);
            }
        }
        else
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(text);
            }
            catch (Exception failure) when (failure is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                // Reported below with the forms a zone may take.
            }
        }

        throw new ArgumentException(
            $"{function}: '{text}' is not a time zone; use \"UTC\", an offset such as \"UTC-4\" or \"GMT+5:30\", or an IANA id such as \"America/New_York\".",
            nameof(text));
    }

    [GeneratedRegex(@"^(?:UTC|GMT)(?:(?<sign>[+-])(?<hours>\d{1,2})(?::?(?<minutes>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetForm();
}
