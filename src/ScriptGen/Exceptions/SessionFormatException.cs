namespace ScriptGen;

/// <summary>
/// A Pine session string (<c>"0930-1600:23456"</c>, <c>"1700-1700"</c>, <c>"24x7"</c>) could not be read. The
/// message names the string, the 0-based position of the first character at fault and what would be valid.
/// </summary>
public sealed class SessionFormatException : ScriptEngineException
{
    /// <summary>Creates the exception.</summary>
    public SessionFormatException(string session, int position, string message)
        : base(message)
    {
        Session = session;
        Position = position;
    }

    /// <summary>The session string as given.</summary>
    public string Session { get; }

    /// <summary>The 0-based index in <see cref="Session"/> of the first character at fault (its length when something is missing at the end).</summary>
    public int Position { get; }
}
