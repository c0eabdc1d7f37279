namespace ScriptGen;

/// <summary>
/// Bar data could not be used as given: a missing or mistyped column, a value that does not parse,
/// timestamps out of order, columns of different lengths. Nothing is silently dropped or
/// reordered; this exception says which column and row, and what would be valid.
/// </summary>
public sealed class BarDataException : ScriptEngineException
{
    /// <summary>Creates the exception.</summary>
    public BarDataException(string message, string? column = null, int? row = null, string? source = null)
        : base(message)
    {
        Column = column;
        Row = row;
        Source = source;
    }

    /// <summary>The column at fault, when one is.</summary>
    public string? Column { get; }

    /// <summary>
    /// The row at fault, when one is: the 0-based bar index for in-memory data, the 1-based line
    /// number of the file for CSV.
    /// </summary>
    public int? Row { get; }

    /// <summary>Where the data came from (a file path), when known.</summary>
    public new string? Source { get; }
}
