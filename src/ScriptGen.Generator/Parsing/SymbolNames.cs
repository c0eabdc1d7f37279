using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ScriptGen.Generator.Parsing;

/// <summary>How the generator writes types and names into generated code.</summary>
internal static class SymbolNames
{
    private static readonly SymbolDisplayFormat s_fullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary><c>global::</c>-qualified, with nullable annotations: safe in any namespace.</summary>
    public static string FullyQualified(ITypeSymbol type) => type.ToDisplayString(s_fullyQualified);

    /// <summary>The metadata name (<c>Namespace.Type`1</c>) of a type's original definition.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        INamedTypeSymbol definition = type.OriginalDefinition;
        string ns = definition.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : string.Empty;
        return ns + definition.MetadataName;
    }

    /// <summary>
    /// A source position as messages and comments show it, <c>File.pine.cs(line,column)</c>, 1-based and
    /// with the file name only (generated text must not depend on where the repository is).
    /// </summary>
    public static string Position(Location location)
    {
        FileLinePositionSpan span = location.GetLineSpan();
        return $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    /// <summary>An identifier, escaped with <c>@</c> when it is a keyword.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
