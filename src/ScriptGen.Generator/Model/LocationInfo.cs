using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ScriptGen.Generator.Model;

/// <summary>A source location as plain data, turned back into a <see cref="Location"/> only when reported.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(SyntaxNode node) => From(node.GetLocation());

    public static LocationInfo? From(SyntaxToken token) => From(token.GetLocation());

    public static LocationInfo? From(Location location) =>
        location.SourceTree is null
            ? null
            : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
}
