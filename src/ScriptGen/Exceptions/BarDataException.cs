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

    /// <summary>Creates the exception for a failure reported by a file format's library (a damaged file).</summary>
    public BarDataException(string message, Exception? innerException, string? column = null, int? row = null, string? source = null)
        : base(message, innerException)
    {
        Column = column;
        Row = row;
        Source = source;
    }

    /// <summary>The column at fault, when one is.</summary>
    public string? Column { get; }

    /// <summary>
    /// The row at fault, when one is: the 0-based row for data frames, arrays, Arrow and Parquet
    /// files, the 1-based line number of the file for CSV.
    /// </summary>
    public int? Row { get; }

    /// <summary>Where the data came from (a file path), when known.</summary>
    public new string? Source { get; }
}
