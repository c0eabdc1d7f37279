using System.Net;

namespace ScriptGen.Reports.Html;

/// <summary>Text put into the page: encoded, so a script title or an order comment is shown, never interpreted.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
