namespace ScriptGen.Trading;

/// <summary>What a pending order does when it fills.</summary>
internal enum OrderKind
{
    /// <summary><c>strategy.entry</c>: opens (or reverses into) a position.</summary>
    Entry,

    /// <summary><c>strategy.close</c>: closes the open trades of one entry id.</summary>
    Close,

    /// <summary><c>strategy.close_all</c>: closes the whole position.</summary>
    CloseAll,
}
