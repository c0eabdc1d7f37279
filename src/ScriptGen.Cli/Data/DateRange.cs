using System.Globalization;

namespace ScriptGen.Cli.Data;

/// <summary>
/// <c>--from</c>/<c>--to</c>: the bars to keep, by time. A date or time without an offset is on the exchange's
/// clock (the symbol's time zone, as the report shows times); <c>--to</c> with a date alone keeps that whole day.
/// </summary>
internal static class DateRange
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss",
    ];

    /// <summary>The bars from <paramref name="from"/> to <paramref name="to"/> (both inclusive), without copying.</summary>
    /// <exception cref="UsageException">A date that does not parse, or <paramref name="from"/> after <paramref name="to"/>.</exception>
    /// <exception cref="BarDataException">No bar falls in the range.</exception>
    public static Bars Slice(Bars bars, string? from, string? to, SymbolInfo symbol)
    {
        if (from is null && to is null)
        {
            return bars;
        }

        TimeZoneInfo zone = symbol.GetTimeZone();
        long start = from is null ? long.MinValue : Parse("--from", from, zone, endOfDay: false);
        long end = to is null ? long.MaxValue : Parse("--to", to, zone, endOfDay: true);
        if (start > end)
        {
            throw new UsageException($"--from {from} is after --to {to}.");
        }

        ReadOnlySpan<long> time = bars.Time;
        int first = LowerBound(time, start);
        int last = LowerBound(time, end == long.MaxValue ? end : end + 1) - 1;
        if (first > last)
        {
            throw new BarDataException(
                $"No bar lies between {from ?? "the start"} and {to ?? "the end"}; the data runs from " +
                $"{Show(time[0], zone)} to {Show(time[^1], zone)} ({symbol.TimeZone}).",
                column: null,
                source: bars.Source);
        }

        return bars.Slice(first, last - first + 1);
    }

    private static long Parse(string option, string text, TimeZoneInfo zone, bool endOfDay)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset withOffset) &&
            HasOffset(text))
        {
            return withOffset.ToUnixTimeMilliseconds();
        }

        if (!DateTime.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            throw new UsageException(
                $"{option} expects a date or time such as 2024-01-31, 2024-01-31T09:30 or 2024-01-31T09:30:00-05:00; got '{text}'.");
        }

        bool dateOnly = text.Trim().Length == 10;
        DateTime wallClock = endOfDay && dateOnly ? local.AddDays(1) : local;
        long instant = new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock)).ToUnixTimeMilliseconds();
        return endOfDay && dateOnly ? instant - 1 : instant;
    }

    private static bool HasOffset(string text)
    {
        string trimmed = text.Trim();
        return trimmed.EndsWith('Z') || (trimmed.Length > 16 && (trimmed[^6] is '+' or '-') && trimmed[^3] == ':');
    }

    private static int LowerBound(ReadOnlySpan<long> time, long value)
    {
        int low = 0;
        int high = time.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (time[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static string Show(long unixMilliseconds, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
