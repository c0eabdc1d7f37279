namespace ScriptGen;

/// <summary>
/// The root of every exception ScriptGen throws on purpose. Catch this to handle any failure of
/// a script, its inputs, its data or its namespaces; the subclasses carry structured fields.
/// </summary>
public class ScriptEngineException : Exception
{
    /// <summary>Creates the exception with a message that says what, where and what would be valid.</summary>
    public ScriptEngineException(string message) : base(message) { }

    /// <summary>Creates the exception wrapping the failure that caused it.</summary>
    public ScriptEngineException(string message, Exception? innerException) : base(message, innerException) { }
}
