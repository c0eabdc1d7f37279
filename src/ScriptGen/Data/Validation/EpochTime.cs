namespace ScriptGen;

/// <summary>Integer times since 1970-01-01 UTC in seconds, milliseconds, microseconds or nanoseconds, to Unix milliseconds.</summary>
internal static class EpochTime
{
    /// <summary>The first instant <see cref="DateTimeOffset"/> can show (0001-01-01), Unix ms.</summary>
    public const long MinMilliseconds = -62_135_596_800_000;

    /// <summary>The last instant <see cref="DateTimeOffset"/> can show (9999-12-31 23:59:59.999), Unix ms.</summary>
    public const long MaxMilliseconds = 253_402_300_799_999;

    /// <summary>The unit <see cref="EpochUnit.Auto"/> picks for <paramref name="value"/> (see its documentation).</summary>
    public static EpochUnit UnitOf(long value)
    {
        // Compared as unsigned magnitudes so long.MinValue has one too.
        ulong magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        return magnitude switch
        {
            < 100_000_000_000UL => EpochUnit.Seconds,
            < 100_000_000_000_000UL => EpochUnit.Milliseconds,
            < 100_000_000_000_000_000UL => EpochUnit.Microseconds,
            _ => EpochUnit.Nanoseconds,
        };
    }

    /// <summary>
    /// <paramref name="value"/> in <paramref name="unit"/> as Unix milliseconds (finer units are
    /// truncated toward the past); false when it is outside the years 0001-9999.
    /// </summary>
    public static bool TryToMilliseconds(long value, EpochUnit unit, out long milliseconds)
    {
        switch (unit)
        {
            case EpochUnit.Seconds:
                if (value is < MinMilliseconds / 1000 or > MaxMilliseconds / 1000)
                {
                    milliseconds = 0;
                    return false;
                }

                milliseconds = value * 1000;
                return true;
            case EpochUnit.Microseconds:
                milliseconds = Math.DivRem(value, 1000, out long microRest) - (microRest < 0 ? 1 : 0);
                break;
            case EpochUnit.Nanoseconds:
                milliseconds = Math.DivRem(value, 1_000_000, out long nanoRest) - (nanoRest < 0 ? 1 : 0);
                break;
            default:
                milliseconds = value;
                break;
        }

        return milliseconds is >= MinMilliseconds and <= MaxMilliseconds;
    }

    /// <summary>A unit's name in messages.</summary>
    public static string NameOf(EpochUnit unit) => unit switch
    {
        EpochUnit.Seconds => "seconds",
        EpochUnit.Milliseconds => "milliseconds",
        EpochUnit.Microseconds => "microseconds",
        EpochUnit.Nanoseconds => "nanoseconds",
        _ => "a unit chosen by magnitude",
    };
}
