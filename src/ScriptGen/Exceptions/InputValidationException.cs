namespace ScriptGen;

/// <summary>
/// An input override was rejected: unknown name, wrong type or out of range. The message names the
/// script, the input, the value given and what would be valid.
/// </summary>
public sealed class InputValidationException : ScriptEngineException
{
    /// <summary>Creates the exception.</summary>
    public InputValidationException(string scriptTitle, string inputName, object? value, string message)
        : base(message)
    {
        ScriptTitle = scriptTitle;
        InputName = inputName;
        Value = value;
    }

    /// <summary>The title of the script whose input was rejected.</summary>
    public string ScriptTitle { get; }

    /// <summary>The input's name as given (for an unknown input, the unknown name).</summary>
    public string InputName { get; }

    /// <summary>The rejected value.</summary>
    public object? Value { get; }
}
