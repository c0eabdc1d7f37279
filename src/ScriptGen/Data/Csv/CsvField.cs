namespace ScriptGen;

/// <summary>
/// Where one field of a CSV line is: its text's start and length, whether it holds escaped quotes
/// (<c>""</c>), and whether it was quoted (so <c>""</c>, an empty text, differs from an empty field).
/// </summary>
internal readonly record struct CsvField(int Start, int Length, bool HasEscapedQuotes, bool Quoted = false);
