using System.Text.RegularExpressions;

namespace ScriptGen.Scripting.Tests.Untrusted;

/// <summary>
/// A script around a snippet: an indicator <c>MyScripts.Probe</c> whose <c>Process()</c> holds
/// <see cref="Body"/>, whose class holds <see cref="Members"/>, followed by <see cref="Types"/> at the
/// top level. Markers such as <c>/*SG0701*/</c> placed just before a node say which diagnostic the
/// guard must report there; <see cref="Text"/> has them removed and <see cref="Expected"/> lists them.
/// </summary>
internal sealed partial record ProbeScript(string Body = "", string Members = "", string Types = "", string Usings = "")
{
    public string Text => Parse().Text;

    public IReadOnlyList<(string Id, int Line, int Column)> Expected => Parse().Expected;

    /// <summary>The whole script with markers, before they are removed.</summary>
    public string Marked =>
        "using ScriptGen;\n" +
        "using System.Globalization;\n" +
        "using System.Text;\n" +
        Usings + "\n" +
        "namespace MyScripts\n" +
        "{\n" +
        "    [Indicator(\"Probe\")]\n" +
        "    public partial class Probe\n" +
        "    {\n" +
        "        protected override void Process()\n" +
        "        {\n" +
        Body + "\n" +
        "        }\n" +
        "\n" +
        Members + "\n" +
        "    }\n" +
        "}\n" +
        Types + "\n";

    private (string Text, List<(string Id, int Line, int Column)> Expected) Parse()
    {
        var expected = new List<(string, int, int)>();
        var text = new System.Text.StringBuilder();
        string[] lines = Marked.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            Match marker;
            while ((marker = MarkerPattern().Match(line)).Success)
            {
                expected.Add((marker.Groups[1].Value, i + 1, marker.Index + 1));
                line = line.Remove(marker.Index, marker.Length);
            }

            text.Append(line);
            if (i < lines.Length - 1)
            {
                text.Append('\n');
            }
        }

        return (text.ToString(), expected);
    }

    [GeneratedRegex(@"/\*(SG\d{4})\*/")]
    private static partial Regex MarkerPattern();
}
