namespace ScriptGen;

/// <summary>Where one field of a CSV line is: its text's start and length, and whether it holds escaped quotes (<c>""</c>).</summary>
internal readonly record struct CsvField(int Start, int Length, bool HasEscapedQuotes);
