namespace ScriptGen;

/// <summary>
/// How a bar source is turned into <see cref="Bars"/>: the timeframe, how epoch times are read, and
/// the explicit opt-ins that change the data (sorting, dropping duplicate times). By default
/// nothing is changed: data that is out of order or has duplicate times is rejected.
/// </summary>
public sealed record BarDataOptions
{
    /// <summary>Defaults: timeframe inferred, epoch unit by magnitude, no sorting, duplicates rejected.</summary>
    public static BarDataOptions Default { get; } = new();

    /// <summary>The bars' interval; <c>null</c> infers it as the smallest gap between consecutive bars.</summary>
    public TimeSpan? Timeframe { get; init; }

    /// <summary>
    /// The bars' Pine timeframe (<c>Timeframe.Parse("M")</c>); <c>null</c> derives it from the interval
    /// (<see cref="ScriptGen.Timeframe.FromInterval"/>). Give it for bars whose spacing does not say it,
    /// such as 4-week bars.
    /// </summary>
    public Timeframe? Period { get; init; }

    /// <summary>The unit of integer (epoch) times; <see cref="EpochUnit.Auto"/> chooses it from the first row's magnitude.</summary>
    public EpochUnit EpochUnit { get; init; } = EpochUnit.Auto;

    /// <summary>
    /// Opt-in: sort the rows by time (stable: rows with equal times keep their order) instead of
    /// rejecting out-of-order rows. Sorting copies the columns.
    /// </summary>
    public bool SortByTime { get; init; }

    /// <summary>
    /// What to do with rows whose time equals the previous row's: <see cref="DuplicateTimes.Reject"/>
    /// (the default), or the opt-ins <see cref="DuplicateTimes.KeepFirst"/> / <see cref="DuplicateTimes.KeepLast"/>.
    /// </summary>
    public DuplicateTimes DuplicateTimes { get; init; } = DuplicateTimes.Reject;

    /// <summary>The name of the data in error messages (a file path), when the source has none of its own.</summary>
    public string? Source { get; init; }
}
