namespace ScriptGen;

/// <summary>Which open trades an exit closes: Pine's <c>close_entries_rule</c>.</summary>
public enum CloseEntriesRule
{
    /// <summary>The oldest open trades first, whatever entry the exit names (the quantity still comes from that entry). Pine's <c>"FIFO"</c>, the default.</summary>
    Fifo,

    /// <summary>The trades of the entry the exit names (<c>from_entry</c> / <c>Close(id)</c>), oldest of them first. Pine's <c>"ANY"</c>.</summary>
    Any,
}
