using System.Globalization;

namespace ScriptGen;

/// <summary>
/// A Pine timeframe: a multiplier and a unit, written as Pine writes it (<c>"1S"</c>, <c>"15"</c>,
/// <c>"60"</c>, <c>"240"</c>, <c>"D"</c>, <c>"3D"</c>, <c>"W"</c>, <c>"M"</c>, <c>"12M"</c>). Minutes have
/// no letter and there is no hour unit (<c>"60"</c> is an hour).
/// </summary>
/// <remarks>
/// The multipliers TradingView accepts, which <see cref="Parse"/> enforces: seconds 1, 5, 10, 15, 30;
/// minutes 1 to 1440; days 1 to 365; weeks 1 to 52; months 1 to 12.
/// </remarks>
public readonly record struct Timeframe
{
    /// <summary>The seconds multipliers TradingView accepts.</summary>
    private static readonly int[] s_secondMultipliers = [1, 5, 10, 15, 30];

    /// <summary>TradingView's length of a month in seconds (<c>timeframe.in_seconds("M")</c>: 30.4167 days).</summary>
    private const long SecondsPerMonth = 2_628_003;

    private const long SecondsPerDay = 86_400;
    private const long SecondsPerWeek = 7 * SecondsPerDay;

    private Timeframe(int multiplier, TimeframeUnit unit)
    {
        Multiplier = multiplier;
        Unit = unit;
    }

    /// <summary>How many units one bar spans (Pine's <c>timeframe.multiplier</c>).</summary>
    public int Multiplier { get; }

    /// <summary>The unit.</summary>
    public TimeframeUnit Unit { get; }

    /// <summary>
    /// Pine v5's <c>timeframe.period</c>: the multiplier, then the unit's letter (none for minutes), the
    /// multiplier left out when it is 1 for seconds, days, weeks and months (<c>"D"</c>, <c>"W"</c>, <c>"M"</c>,
    /// <c>"S"</c>, <c>"3D"</c>, <c>"60"</c>).
    /// </summary>
    public string Period => Write(omitMultiplierOne: true);

    /// <summary>Pine's <c>timeframe.in_seconds</c>: the length of one bar (a month counts 2,628,003 seconds, as TradingView counts it).</summary>
    public long InSeconds => Multiplier * Unit switch
    {
        TimeframeUnit.Seconds => 1,
        TimeframeUnit.Minutes => 60,
        TimeframeUnit.Days => SecondsPerDay,
        TimeframeUnit.Weeks => SecondsPerWeek,
        _ => SecondsPerMonth,
    };

    /// <summary>Seconds or minutes (Pine's <c>timeframe.isintraday</c>).</summary>
    public bool IsIntraday => Unit is TimeframeUnit.Seconds or TimeframeUnit.Minutes;

    /// <summary>Days, weeks or months (Pine's <c>timeframe.isdwm</c>).</summary>
    public bool IsDwm => !IsIntraday;

    /// <summary>A timeframe of <paramref name="multiplier"/> <paramref name="unit"/>s, checked as <see cref="Parse"/> checks one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The multiplier is not one TradingView accepts for the unit.</exception>
    public static Timeframe Of(int multiplier, TimeframeUnit unit)
    {
        if (!IsValidMultiplier(multiplier, unit))
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, $"A timeframe in {unit} takes a multiplier of {ValidMultipliers(unit)}.");
        }

        return new Timeframe(multiplier, unit);
    }

    /// <summary>Reads a Pine timeframe string.</summary>
    /// <exception cref="FormatException">The text is not a timeframe TradingView accepts; the message says why and what would be.</exception>
    public static Timeframe Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out Timeframe timeframe, out string? problem)
            ? timeframe
            : throw new FormatException($"'{text}' is not a Pine timeframe: {problem}.");
    }

    /// <summary>Reads a Pine timeframe string; false (with the reason) when it is not one TradingView accepts.</summary>
    public static bool TryParse(string? text, out Timeframe timeframe, out string? problem)
    {
        timeframe = default;
        if (string.IsNullOrEmpty(text))
        {
            problem = "it is empty; write a multiplier and a unit, such as \"15\" (minutes), \"60\", \"D\", \"W\" or \"M\"";
            return false;
        }

        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        string letters = text[digits..];
        TimeframeUnit? unit = letters switch
        {
            "" => TimeframeUnit.Minutes,
            "S" => TimeframeUnit.Seconds,
            "D" => TimeframeUnit.Days,
            "W" => TimeframeUnit.Weeks,
            "M" => TimeframeUnit.Months,
            _ => null,
        };
        if (unit is null)
        {
            problem = letters.Equals("H", StringComparison.OrdinalIgnoreCase)
                ? "Pine has no hour unit; an hour is \"60\", four hours \"240\""
                : $"the unit '{letters}' is not one of S (seconds), D (days), W (weeks), M (months), or none for minutes";
            return false;
        }

        int multiplier = 1;
        if (digits > 0 && !int.TryParse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out multiplier))
        {
            multiplier = int.MaxValue; // Too many digits: out of every unit's range below.
        }

        if (!IsValidMultiplier(multiplier, unit.Value))
        {
            problem = $"a timeframe in {unit.Value} takes a multiplier of {ValidMultipliers(unit.Value)}";
            return false;
        }

        timeframe = new Timeframe(multiplier, unit.Value);
        problem = null;
        return true;
    }

    /// <summary>
    /// Pine's <c>timeframe.from_seconds</c>: the timeframe string of <paramref name="seconds"/>, or of the
    /// next larger timeframe TradingView accepts when none is exactly that long (1 second or less is
    /// <c>"1S"</c>, 2 to 5 seconds <c>"5S"</c>, 604,799 seconds <c>"7D"</c>, 604,800 <c>"1W"</c>; more than a
    /// year is <c>"12M"</c>). Whole weeks are weeks and whole days days; the multiplier is always written.
    /// </summary>
    public static string FromSeconds(long seconds)
    {
        Timeframe timeframe = seconds switch
        {
            <= 30 => new Timeframe(Array.Find(s_secondMultipliers, m => m >= seconds), TimeframeUnit.Seconds),
            _ when seconds % SecondsPerWeek == 0 && seconds / SecondsPerWeek <= 52 => new Timeframe((int)(seconds / SecondsPerWeek), TimeframeUnit.Weeks),
            _ when seconds % SecondsPerDay == 0 && seconds / SecondsPerDay <= 365 => new Timeframe((int)(seconds / SecondsPerDay), TimeframeUnit.Days),
            < SecondsPerDay => new Timeframe((int)CeilingDivide(seconds, 60), TimeframeUnit.Minutes),
            <= 365 * SecondsPerDay => new Timeframe((int)CeilingDivide(seconds, SecondsPerDay), TimeframeUnit.Days),
            _ => new Timeframe(12, TimeframeUnit.Months),
        };
        return timeframe.Write(omitMultiplierOne: false);
    }

    /// <summary>
    /// The timeframe of bars <paramref name="interval"/> apart: whole weeks as weeks, whole days as days,
    /// whole minutes as minutes, else seconds; 28 to 31 days as a month (monthly bars' shortest gap is
    /// February). Null for a zero interval (a single bar). Give the timeframe explicitly
    /// (<see cref="BarDataOptions.Period"/>) for bars this cannot tell apart, such as 4-week bars.
    /// </summary>
    public static Timeframe? FromInterval(TimeSpan interval)
    {
        long seconds = (long)interval.TotalSeconds;
        if (seconds <= 0)
        {
            return null;
        }

        return seconds switch
        {
            >= 28 * SecondsPerDay and <= 31 * SecondsPerDay => new Timeframe(1, TimeframeUnit.Months),
            _ when seconds % SecondsPerWeek == 0 => new Timeframe(Clamp(seconds / SecondsPerWeek), TimeframeUnit.Weeks),
            _ when seconds % SecondsPerDay == 0 => new Timeframe(Clamp(seconds / SecondsPerDay), TimeframeUnit.Days),
            _ when seconds % 60 == 0 => new Timeframe(Clamp(seconds / 60), TimeframeUnit.Minutes),
            _ => new Timeframe(Clamp(seconds), TimeframeUnit.Seconds),
        };
    }

    /// <summary>The Pine string (<see cref="Period"/>).</summary>
    public override string ToString() => Period;

    private static bool IsValidMultiplier(int multiplier, TimeframeUnit unit) => unit switch
    {
        TimeframeUnit.Seconds => Array.IndexOf(s_secondMultipliers, multiplier) >= 0,
        TimeframeUnit.Minutes => multiplier is >= 1 and <= 1440,
        TimeframeUnit.Days => multiplier is >= 1 and <= 365,
        TimeframeUnit.Weeks => multiplier is >= 1 and <= 52,
        _ => multiplier is >= 1 and <= 12,
    };

    private static string ValidMultipliers(TimeframeUnit unit) => unit switch
    {
        TimeframeUnit.Seconds => "1, 5, 10, 15 or 30",
        TimeframeUnit.Minutes => "1 to 1440",
        TimeframeUnit.Days => "1 to 365",
        TimeframeUnit.Weeks => "1 to 52",
        _ => "1 to 12",
    };

    /// <summary>The multiplier and the unit's letter; minutes always keep their multiplier (<c>"1"</c> is a minute).</summary>
    private string Write(bool omitMultiplierOne) =>
        (omitMultiplierOne && Multiplier == 1 && Unit != TimeframeUnit.Minutes ? string.Empty : Multiplier.ToString(CultureInfo.InvariantCulture))
        + Letter(Unit);

    private static string Letter(TimeframeUnit unit) => unit switch
    {
        TimeframeUnit.Seconds => "S",
        TimeframeUnit.Days => "D",
        TimeframeUnit.Weeks => "W",
        TimeframeUnit.Months => "M",
        _ => string.Empty,
    };

    private static long CeilingDivide(long value, long divisor) => (value + divisor - 1) / divisor;

    // Bars far apart (a gap of years) still describe their spacing; the multiplier only needs to fit.
    private static int Clamp(long multiplier) => (int)Math.Min(multiplier, int.MaxValue);
}
