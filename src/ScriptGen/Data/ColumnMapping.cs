namespace ScriptGen;

/// <summary>
/// Which of the data's columns hold the bar time, open, high, low, close and volume (the seed's
/// <c>column_mapping</c>). Every bar source takes one: data frames, CSV, Arrow and Parquet files.
/// </summary>
/// <remarks>
/// <para>A property left <c>null</c> uses the default names, matched ignoring case: <c>time</c>,
/// <c>timestamp</c>, <c>date</c> or <c>datetime</c> for the time; <c>open</c>, <c>high</c>,
/// <c>low</c>, <c>close</c>; <c>volume</c> or <c>vol</c> for the volume.</para>
/// <para>A name given here matches a column of exactly that name, or else the one column whose
/// name differs only in case; two columns differing only in case make the name ambiguous, which
/// is an error rather than a guess.</para>
/// <para>Volume is optional: without a volume column, scripts read <c>volume</c> as na, as Pine
/// does. A volume name given here must exist; <see cref="WithoutVolume"/> ignores any volume
/// column.</para>
/// </remarks>
public sealed record ColumnMapping
{
    /// <summary>The default names for every column.</summary>
    public static ColumnMapping Default { get; } = new();

    /// <summary>The bar time column (the seed's <c>timestamp</c>); <c>null</c> for the default names.</summary>
    public string? Timestamp { get; init; }

    /// <summary>The open price column; <c>null</c> for <c>open</c>.</summary>
    public string? Open { get; init; }

    /// <summary>The high price column; <c>null</c> for <c>high</c>.</summary>
    public string? High { get; init; }

    /// <summary>The low price column; <c>null</c> for <c>low</c>.</summary>
    public string? Low { get; init; }

    /// <summary>The close price column; <c>null</c> for <c>close</c>.</summary>
    public string? Close { get; init; }

    /// <summary>The volume column; <c>null</c> for <c>volume</c> or <c>vol</c> when present.</summary>
    public string? Volume { get; init; }

    /// <summary>Whether to ignore any volume column (scripts then read <c>volume</c> as na).</summary>
    public bool WithoutVolume { get; init; }
}
