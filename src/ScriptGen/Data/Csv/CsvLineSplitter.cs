using System.Runtime.CompilerServices;
using System.Text;

namespace ScriptGen;

/// <summary>
/// Splits one CSV line (UTF-8, without its line break) into fields: a field may be quoted
/// (<c>"a,b"</c>, with <c>""</c> for a quote); a quoted field ends at its closing quote, which must be
/// followed by a separator or the end of the line. Lines cannot continue inside quotes.
/// </summary>
internal static class CsvLineSplitter
{
    /// <summary>
    /// Fills <paramref name="fields"/> with the line's fields and returns how many the line has (which
    /// may exceed the array's length: the rest are counted, not stored).
    /// </summary>
    /// <remarks>
    /// An array, not a span: a span of <see cref="CsvField"/> is a generic of the runtime's library over a type of ours,
    /// which ReadyToRun cannot precompile, so every line of a one-shot load ran its conversion unoptimized.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    public static int Split(ReadOnlySpan<byte> line, byte separator, CsvField[] fields, RowNumbering rows, int row, string? source)
    {
        int count = 0;
        int start = 0;
        while (true)
        {
            CsvField field;
            bool last;
            if (start < line.Length && line[start] == '"')
            {
                int close = start + 1;
                bool escaped = false;
                while (true)
                {
                    int quote = line[close..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        throw new BarDataException($"{rows.CapitalLabel(row)} has an unclosed quote.", row: rows.Of(row), source: source);
                    }

                    close += quote;
                    if (close + 1 < line.Length && line[close + 1] == '"')
                    {
                        escaped = true;
                        close += 2;
                        continue;
                    }

                    break;
                }

                field = new CsvField(start + 1, close - start - 1, escaped, Quoted: true);
                int after = close + 1;
                if (after == line.Length)
                {
                    last = true;
                }
                else if (line[after] == separator)
                {
                    last = false;
                    start = after + 1;
                }
                else
                {
                    throw new BarDataException(
                        $"{rows.CapitalLabel(row)}: a quoted field must end at a separator, but its closing quote is followed by '{(char)line[after]}'.",
                        row: rows.Of(row),
                        source: source);
                }
            }
            else
            {
                int separatorAt = line[start..].IndexOf(separator);
                last = separatorAt < 0;
                int length = last ? line.Length - start : separatorAt;
                field = new CsvField(start, length, false);
                start += length + 1;
            }

            if (count < fields.Length)
            {
                fields[count] = field;
            }

            count++;
            if (last)
            {
                return count;
            }
        }
    }

    /// <summary>The field's text, quotes unescaped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    public static ReadOnlySpan<byte> Text(ReadOnlySpan<byte> line, CsvField field, ref byte[]? scratch)
    {
        ReadOnlySpan<byte> raw = line.Slice(field.Start, field.Length);
        if (!field.HasEscapedQuotes)
        {
            return raw;
        }

        if (scratch is null || scratch.Length < raw.Length)
        {
            scratch = new byte[raw.Length];
        }

        int length = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            scratch[length++] = raw[i];
            if (raw[i] == '"')
            {
                i++; // The second quote of "".
            }
        }

        return scratch.AsSpan(0, length);
    }

    /// <summary>The text without the spaces at its ends.</summary>
    /// <remarks>Not <c>MemoryExtensions.Trim</c>: its instance for bytes is not precompiled in the runtime's library, so a one-shot load ran it unoptimized on every line.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    public static ReadOnlySpan<byte> TrimSpaces(ReadOnlySpan<byte> text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>The field's text as a string, for names and messages.</summary>
    public static string ToText(ReadOnlySpan<byte> utf8, int maxLength = int.MaxValue)
    {
        string text = Encoding.UTF8.GetString(utf8);
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength), "...");
    }
}
