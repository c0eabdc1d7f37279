namespace ScriptGen;

/// <summary>The unit of a <see cref="Timeframe"/>: what the letter of a Pine timeframe string names.</summary>
public enum TimeframeUnit
{
    /// <summary>Seconds (<c>"S"</c>, <c>"30S"</c>).</summary>
    Seconds,

    /// <summary>Minutes: no letter (<c>"1"</c>, <c>"60"</c>, <c>"240"</c>). Pine has no hour unit.</summary>
    Minutes,

    /// <summary>Days (<c>"D"</c>, <c>"3D"</c>).</summary>
    Days,

    /// <summary>Weeks (<c>"W"</c>, <c>"2W"</c>), starting on Monday.</summary>
    Weeks,

    /// <summary>Calendar months (<c>"M"</c>, <c>"3M"</c>, <c>"12M"</c>).</summary>
    Months,
}
