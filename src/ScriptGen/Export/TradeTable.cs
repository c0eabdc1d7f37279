namespace ScriptGen;

/// <summary>
/// The exported columns of a <see cref="Trade"/>, in order: the one place a trade field is added to
/// every export (data frame, CSV, Parquet, and the schema they are read back with).
/// </summary>
internal static class TradeTable
{
    public static IReadOnlyList<RecordColumn<Trade>> Columns { get; } =
    [
        RecordColumn.Int<Trade>("number", t => t.Number),
        RecordColumn.Text<Trade>("direction", t => t.Direction == Direction.Long ? "long" : "short"),
        RecordColumn.Double<Trade>("quantity", t => t.Quantity),
        RecordColumn.Text<Trade>("entry_id", t => t.EntryId),
        RecordColumn.Text<Trade>("entry_comment", t => t.EntryComment),
        RecordColumn.Text<Trade>("entry_signal", t => t.EntrySignal),
        RecordColumn.Int<Trade>("entry_bar", t => t.EntryBar),
        RecordColumn.Time<Trade>("entry_time", t => t.EntryTime),
        RecordColumn.Double<Trade>("entry_price", t => t.EntryPrice),
        RecordColumn.Text<Trade>("exit_id", t => t.ExitId),
        RecordColumn.Text<Trade>("exit_comment", t => t.ExitComment),
        RecordColumn.Text<Trade>("exit_signal", t => t.ExitSignal),
        // An open trade has no exit: its exit cells are missing, never its mark written where a fill would be.
        RecordColumn.Int<Trade>("exit_bar", t => t.IsOpen ? null : t.ExitBar),
        RecordColumn.Time<Trade>("exit_time", t => t.IsOpen ? null : t.ExitTime),
        RecordColumn.Double<Trade>("exit_price", t => t.IsOpen ? null : t.ExitPrice),
        RecordColumn.Double<Trade>("profit", t => t.Profit),
        RecordColumn.Double<Trade>("commission", t => t.Commission),
        RecordColumn.Double<Trade>("max_runup", t => t.MaxRunUp),
        RecordColumn.Double<Trade>("max_drawdown", t => t.MaxDrawdown),
        RecordColumn.Int<Trade>("bars_held", t => t.BarsHeld),
        RecordColumn.Bool<Trade>("is_open", t => t.IsOpen),
        RecordColumn.Int<Trade>("mark_bar", t => t.MarkBar < 0 ? null : t.MarkBar),
        RecordColumn.Time<Trade>("mark_time", t => t.MarkBar < 0 ? null : t.MarkTime),
        RecordColumn.Double<Trade>("mark_price", t => t.MarkBar < 0 ? null : t.MarkPrice),
    ];

    /// <summary>The columns' names and types, to read an export back.</summary>
    public static IReadOnlyList<KeyValuePair<string, Type>> Schema { get; } =
        Columns.Select(c => new KeyValuePair<string, Type>(c.Name, c.DataType)).ToArray();
}
