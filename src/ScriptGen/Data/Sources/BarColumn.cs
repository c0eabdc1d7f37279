namespace ScriptGen;

/// <summary>A price or volume column of the bars, for <see cref="BarsBuilder"/>.</summary>
public enum BarColumn
{
    /// <summary>The open.</summary>
    Open,

    /// <summary>The high.</summary>
    High,

    /// <summary>The low.</summary>
    Low,

    /// <summary>The close.</summary>
    Close,

    /// <summary>The volume (optional: a missing value is na).</summary>
    Volume,
}
