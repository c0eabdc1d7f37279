using System.Text;

namespace ScriptGen.Generator.Emitting;

/// <summary>
/// Text from the user (an input's title, a file name) written into a generated comment. A line break would
/// end the comment and turn the rest of the text into code nobody wrote or checked, so every line
/// terminator C# knows becomes a space; XML doc comments also get <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped.
/// </summary>
internal static class CommentText
{
    /// <summary>For a <c>//</c> comment: one line.</summary>
    public static string Line(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            line.Append(c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' ? ' ' : c);
        }

        return line.ToString();
    }

    /// <summary>For a <c>///</c> XML doc comment: one line, XML-escaped.</summary>
    public static string Xml(string text) =>
        Line(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
