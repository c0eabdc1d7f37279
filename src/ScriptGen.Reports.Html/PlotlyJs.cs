using System.Reflection;

namespace ScriptGen.Reports.Html;

/// <summary>
/// plotly.js as Plotly.NET ships it: the minified library and its third-party license notices are resources
/// of the Plotly.NET assembly, named after <c>Globals.PLOTLYJS_VERSION</c>, which is also what Plotly.NET
/// inlines for a self-contained page. Reading them from there keeps the report offline without copying
/// a 3.6 MB file into this repository, and a Plotly.NET update brings its plotly.js along.
/// </summary>
internal static class PlotlyJs
{
    private static readonly Assembly s_plotlyNet = typeof(Plotly.NET.GenericChart).Assembly;

    /// <summary>The plotly.js version inlined.</summary>
    public static string Version => Globals.PLOTLYJS_VERSION;

    private static string LibraryResource => $"Plotly.NET.plotly-{Version}.min.js";

    /// <summary>Copies the minified library, then its license notices (comments), into <paramref name="page"/>.</summary>
    /// <exception cref="InvalidOperationException">The resources are missing or could end the script element they go into.</exception>
    public static void CopyTo(Stream page)
    {
        Copy(LibraryResource, page);
        page.WriteByte((byte)'\n');
        Copy(LibraryResource + ".LICENSE.txt", page);
    }

    private static void Copy(string resource, Stream page)
    {
        using Stream source = s_plotlyNet.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(
                $"Plotly.NET {s_plotlyNet.GetName().Version} has no resource '{resource}'; the HTML report needs the plotly.js Plotly.NET embeds.");
        using var text = new StreamReader(source);
        string content = text.ReadToEnd();
        if (content.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"'{resource}' contains '</script' and cannot be inlined in a script element.");
        }

        using var writer = new StreamWriter(page, leaveOpen: true);
        writer.Write(content);
    }
}
