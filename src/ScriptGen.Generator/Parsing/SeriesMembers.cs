using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// The script's <c>Series&lt;T&gt;</c> members, which the generated bar loop advances every bar: instance
/// fields and auto-properties, in any part of the class, in declaration order. A series the loop
/// cannot advance (static, computed) is an error rather than a series that silently never moves.
/// </summary>
internal static class SeriesMembers
{
    public static EquatableArray<string> Collect(ParseContext parse)
    {
        var names = new List<string>();
        IEnumerable<ISymbol> members = parse.Script.GetMembers()
            .Where(m => m is IFieldSymbol or IPropertySymbol && !m.IsImplicitlyDeclared && KnownTypes.Is(TypeOf(m), parse.Types.Series))
            .OrderBy(m => m.Locations[0].SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(m => m.Locations[0].SourceSpan.Start);
        foreach (ISymbol member in members)
        {
            SyntaxNode? syntax = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(parse.CancellationToken);
            LocationInfo? location = LocationInfo.From(member.Locations[0]);
            string? problem = member.IsStatic ? "is static, so it would be shared by every run" :
                              syntax is PropertyDeclarationSyntax declared && !IsAutoProperty(declared) ? "is a computed property" :
                              null;
            if (problem is not null)
            {
                parse.Report(DiagnosticDescriptors.SeriesMemberNotAdvanceable, location, member.Name, problem);
                continue;
            }

            bool initialized = syntax switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer is not null,
                PropertyDeclarationSyntax property => property.Initializer is not null,
                _ => true,
            };
            if (!initialized)
            {
                parse.Report(DiagnosticDescriptors.SeriesFieldNotInitialized, location, member.Name);
                continue;
            }

            names.Add(member.Name);
        }

        return names.ToEquatableArray();
    }

    private static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static bool IsAutoProperty(PropertyDeclarationSyntax property) =>
        property.ExpressionBody is null &&
        property.AccessorList is { } accessors &&
        accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);
}
