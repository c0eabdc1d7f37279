namespace ScriptGen;

/// <summary>The exported columns of an <see cref="AlertEvent"/>, in order, for every export format (as <see cref="TradeTable"/> is for trades).</summary>
internal static class AlertTable
{
    public static IReadOnlyList<RecordColumn<AlertEvent>> Columns { get; } =
    [
        RecordColumn.Int<AlertEvent>("bar", a => a.Bar),
        RecordColumn.Time<AlertEvent>("time", a => a.Time),
        RecordColumn.Text<AlertEvent>("source", a => a.Source == AlertSource.Alert ? "alert" : "alertcondition"),
        RecordColumn.Text<AlertEvent>("title", a => a.Title),
        RecordColumn.Text<AlertEvent>("message", a => a.Message),
        RecordColumn.Text<AlertEvent>("frequency", a => Name(a.Frequency)),
    ];

    /// <summary>The columns' names and types, to read an export back.</summary>
    public static IReadOnlyList<KeyValuePair<string, Type>> Schema { get; } =
        Columns.Select(c => new KeyValuePair<string, Type>(c.Name, c.DataType)).ToArray();

    /// <summary>Pine's names for the frequencies (<c>alert.freq_once_per_bar</c>, ...), as a Pine user reads them.</summary>
    private static string Name(AlertFrequency frequency) => frequency switch
    {
        AlertFrequency.OncePerBar => "once_per_bar",
        AlertFrequency.OncePerBarClose => "once_per_bar_close",
        _ => "all",
    };
}
