namespace ScriptGen;

/// <summary>
/// How a source numbers its rows in error messages: 0-based bar rows for data in memory, 1-based
/// file lines for CSV (so an editor's "go to line" finds the row).
/// </summary>
/// <param name="First">The number of the first bar.</param>
/// <param name="Word">"row" or "line".</param>
internal readonly record struct RowNumbering(int First, string Word)
{
    /// <summary>0-based rows.</summary>
    public static RowNumbering Rows { get; } = new(0, "row");

    /// <summary>File lines, the first bar on <paramref name="firstLine"/>.</summary>
    public static RowNumbering Lines(int firstLine) => new(firstLine, "line");

    /// <summary>The number of bar <paramref name="index"/>.</summary>
    public int Of(int index) => First + index;

    /// <summary>"row 5" or "line 7".</summary>
    public string Label(int index) => $"{Word} {First + index}";

    /// <summary>"Row 5" or "Line 7", to start a sentence.</summary>
    public string CapitalLabel(int index) => $"{char.ToUpperInvariant(Word[0])}{Word[1..]} {First + index}";
}
