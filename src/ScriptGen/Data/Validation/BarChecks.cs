using System.Globalization;

namespace ScriptGen;

/// <summary>
/// The rules every bar source is held to, in one place: prices finite; high at least low, open and
/// close; low at most open and close; volume na (NaN) or finite and not negative; times strictly
/// increasing within the years 0001-9999.
/// </summary>
internal static class BarChecks
{
    /// <summary>Checks the prices and volume of every row; throws for the first row that breaks a rule.</summary>
    public static void CheckValues(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        ReadOnlySpan<double> volume,
        bool hasVolume,
        BarColumnNames names,
        RowNumbering rows,
        string? source)
    {
        for (int i = 0; i < close.Length; i++)
        {
            double o = open[i], h = high[i], l = low[i], c = close[i];
            // One compare chain for the common case; NaN and infinities fail it (or are caught by the
            // finite test) and go to the slow path, which finds the rule and may also find no fault.
            if (!(h >= o && h >= c && l <= o && l <= c && h - l < double.PositiveInfinity))
            {
                ThrowForPrices(o, h, l, c, i, names, rows, source);
            }
        }

        if (!hasVolume)
        {
            return;
        }

        for (int i = 0; i < volume.Length; i++)
        {
            double v = volume[i];
            if (!(v >= 0 && v < double.PositiveInfinity) && !double.IsNaN(v))
            {
                throw new BarDataException(
                    $"{rows.CapitalLabel(i)}, column '{names.Volume}': volume {Format(v)} is not valid; a volume is 0 or more, or NaN for na.",
                    names.Volume,
                    rows.Of(i),
                    source);
            }
        }
    }

    /// <summary>
    /// Checks that times strictly increase and lie in 0001-9999; <paramref name="origin"/>, when the
    /// rows were rearranged, gives each row's original index for the message.
    /// </summary>
    public static TimeSpan CheckTimesAndInferTimeframe(
        ReadOnlySpan<long> time, ReadOnlySpan<int> origin, string column, RowNumbering rows, string? source)
    {
        long smallestGap = long.MaxValue;
        for (int i = 0; i < time.Length; i++)
        {
            long t = time[i];
            if (t is < EpochTime.MinMilliseconds or > EpochTime.MaxMilliseconds)
            {
                int row = origin.IsEmpty ? i : origin[i];
                throw new BarDataException(
                    $"{rows.CapitalLabel(row)}, column '{column}': time {t} (Unix ms) is outside the years 0001-9999.",
                    column,
                    rows.Of(row),
                    source);
            }

            if (i == 0)
            {
                continue;
            }

            long gap = t - time[i - 1];
            if (gap <= 0)
            {
                ThrowForOrder(time, origin, i, column, rows, source);
            }

            smallestGap = Math.Min(smallestGap, gap);
        }

        return smallestGap == long.MaxValue ? TimeSpan.Zero : TimeSpan.FromMilliseconds(smallestGap);
    }

    private static void ThrowForOrder(ReadOnlySpan<long> time, ReadOnlySpan<int> origin, int i, string column, RowNumbering rows, string? source)
    {
        int row = origin.IsEmpty ? i : origin[i];
        int previous = origin.IsEmpty ? i - 1 : origin[i - 1];
        bool duplicate = time[i] == time[i - 1];
        string what = duplicate ? "duplicates" : "is earlier than";
        string remedy = duplicate
            ? "set BarDataOptions.DuplicateTimes to KeepFirst or KeepLast to drop all but one"
            : "sort the data, or set BarDataOptions.SortByTime";
        throw new BarDataException(
            $"Bar times must be strictly increasing: {rows.Label(row)} ({Bars.FormatTime(time[i])}) {what} " +
            $"{rows.Label(previous)} ({Bars.FormatTime(time[i - 1])}); {remedy}.",
            column,
            rows.Of(row),
            source);
    }

    private static void ThrowForPrices(double o, double h, double l, double c, int i, BarColumnNames names, RowNumbering rows, string? source)
    {
        (string Name, double Value)[] prices = [(names.Open, o), (names.High, h), (names.Low, l), (names.Close, c)];
        foreach ((string name, double value) in prices)
        {
            if (!double.IsFinite(value))
            {
                throw new BarDataException(
                    $"{rows.CapitalLabel(i)}, column '{name}': {Format(value)} is not a price; open, high, low and close must be finite " +
                    "numbers on every bar (only volume may be NaN).",
                    name,
                    rows.Of(i),
                    source);
            }
        }

        if (h < l)
        {
            throw Inconsistent(names.High, $"high {Format(h)} is below low {Format(l)}");
        }

        if (h < o || h < c)
        {
            (string other, double value) = h < o ? ("open", o) : ("close", c);
            throw Inconsistent(names.High, $"high {Format(h)} is below {other} {Format(value)}");
        }

        if (l > o || l > c)
        {
            (string other, double value) = l > o ? ("open", o) : ("close", c);
            throw Inconsistent(names.Low, $"low {Format(l)} is above {other} {Format(value)}");
        }

        BarDataException Inconsistent(string column, string what) => new(
            $"{rows.CapitalLabel(i)}: {what}; a bar's high must be at least its open, close and low, and its low at most its open and close.",
            column,
            rows.Of(i),
            source);
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
