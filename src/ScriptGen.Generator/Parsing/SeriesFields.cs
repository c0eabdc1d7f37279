using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>The script's <c>Series&lt;T&gt;</c> instance fields, which the generated bar loop advances every bar.</summary>
internal static class SeriesFields
{
    public static EquatableArray<string> Collect(ParseContext parse)
    {
        var names = new List<string>();
        foreach (MemberDeclarationSyntax member in parse.Declaration.Members)
        {
            if (member is not FieldDeclarationSyntax field)
            {
                continue;
            }

            foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
            {
                if (parse.SemanticModel.GetDeclaredSymbol(variable, parse.CancellationToken) is not IFieldSymbol { IsStatic: false } symbol ||
                    !KnownTypes.Is(symbol.Type, parse.Types.Series))
                {
                    continue;
                }

                if (variable.Initializer is null)
                {
                    parse.Report(DiagnosticDescriptors.SeriesFieldNotInitialized, variable.Identifier, symbol.Name);
                    continue;
                }

                names.Add(symbol.Name);
            }
        }

        return names.ToEquatableArray();
    }
}
