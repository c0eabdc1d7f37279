using Microsoft.CodeAnalysis.Text;

namespace ScriptGen.Generator.Tests.Infrastructure;

/// <summary>
/// A test source with <c>/*!*/</c> markers placed right before where diagnostics are expected. The
/// markers are removed and their positions kept, so tests never hard-code line and column numbers
/// that drift whenever the source is edited.
/// </summary>
internal sealed class MarkedSource
{
    public const string Marker = "/*!*/";

    private MarkedSource(string path, string text, IReadOnlyList<LinePosition> markers)
    {
        Path = path;
        Text = text;
        Markers = markers;
    }

    public string Path { get; }

    /// <summary>The source without its markers.</summary>
    public string Text { get; }

    /// <summary>Where each marker was, 0-based, in the text without markers, in source order.</summary>
    public IReadOnlyList<LinePosition> Markers { get; }

    public TestSource Source => new(Path, Text);

    public static MarkedSource Parse(string path, string textWithMarkers)
    {
        var text = new System.Text.StringBuilder();
        var markers = new List<LinePosition>();
        int line = 0;
        int column = 0;
        for (int i = 0; i < textWithMarkers.Length; i++)
        {
            if (string.CompareOrdinal(textWithMarkers, i, Marker, 0, Marker.Length) == 0)
            {
                markers.Add(new LinePosition(line, column));
                i += Marker.Length - 1;
                continue;
            }

            char c = textWithMarkers[i];
            text.Append(c);
            if (c == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }

        return new MarkedSource(path, text.ToString(), markers);
    }
}
