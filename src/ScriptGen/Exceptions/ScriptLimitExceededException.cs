namespace ScriptGen;

/// <summary>
/// A run was stopped because the script exceeded one of its <see cref="RunLimits"/>, or recursed so
/// deep that the stack would overflow. Once thrown, every later step of the same run throws it
/// again, so a script cannot catch it and carry on.
/// </summary>
public sealed class ScriptLimitExceededException : ScriptEngineException
{
    /// <summary>Creates the exception.</summary>
    public ScriptLimitExceededException(ScriptLimit limit, string message, string? scriptTitle = null, int? barIndex = null)
        : base(message)
    {
        Limit = limit;
        ScriptTitle = scriptTitle;
        BarIndex = barIndex;
    }

    /// <summary>The bound that was exceeded.</summary>
    public ScriptLimit Limit { get; }

    /// <summary>The title of the script that was running, when known.</summary>
    public string? ScriptTitle { get; }

    /// <summary>The 0-based bar being processed, or null when the script was in <c>Setup()</c>.</summary>
    public int? BarIndex { get; }
}
