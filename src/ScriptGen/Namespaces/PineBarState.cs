namespace ScriptGen.Namespaces;

/// <summary>
/// A script's view of Pine's <c>barstate</c>: where the bar being run stands. A backtest runs over closed
/// historical bars only, so a bar is always historical, new and confirmed, never realtime, and the last
/// bar is also the last confirmed historical one.
/// </summary>
public readonly struct PineBarState
{
    private readonly Script _owner;

    internal PineBarState(Script owner) => _owner = owner;

    /// <summary>The first bar of the run. Pine: <c>barstate.isfirst</c>.</summary>
    public bool IsFirst => _owner.Cursor.Index == 0;

    /// <summary>The last bar of the run. Pine: <c>barstate.islast</c>.</summary>
    public bool IsLast => _owner.Cursor.Index == _owner.Cursor.Count - 1;

    /// <summary>Every bar of a backtest is historical: true. Pine: <c>barstate.ishistory</c>.</summary>
    public bool IsHistory => true;

    /// <summary>No bar of a backtest is realtime: false. Pine: <c>barstate.isrealtime</c>.</summary>
    public bool IsRealtime => false;

    /// <summary>Each historical bar runs as a new bar: true. Pine: <c>barstate.isnew</c>.</summary>
    public bool IsNew => true;

    /// <summary>Each historical bar is closed when it runs: true. Pine: <c>barstate.isconfirmed</c>.</summary>
    public bool IsConfirmed => true;

    /// <summary>
    /// The last bar: with no realtime bar after it, it is the last confirmed historical bar.
    /// Pine: <c>barstate.islastconfirmedhistory</c>.
    /// </summary>
    public bool IsLastConfirmedHistory => IsLast;
}
