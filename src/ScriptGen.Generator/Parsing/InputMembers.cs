using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.Generator.Parsing;

/// <summary>Inputs declared as fields or properties marked [Input], in the attributed declaration.</summary>
internal static class InputMembers
{
    public static void Collect(ParseContext parse, InputList inputs)
    {
        foreach (MemberDeclarationSyntax member in parse.Declaration.Members)
        {
            switch (member)
            {
                case FieldDeclarationSyntax field:
                    foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                    {
                        if (parse.SemanticModel.GetDeclaredSymbol(variable, parse.CancellationToken) is IFieldSymbol symbol)
                        {
                            bool settable = !symbol.IsReadOnly && !symbol.IsConst && !symbol.IsStatic;
                            Add(parse, inputs, symbol, symbol.Type, settable, variable.Identifier, variable.Initializer?.Value);
                        }
                    }

                    break;
                case PropertyDeclarationSyntax property:
                    if (parse.SemanticModel.GetDeclaredSymbol(property, parse.CancellationToken) is IPropertySymbol propertySymbol)
                    {
                        bool settable = !propertySymbol.IsStatic && propertySymbol.SetMethod is not null;
                        Add(parse, inputs, propertySymbol, propertySymbol.Type, settable, property.Identifier, property.Initializer?.Value);
                    }

                    break;
            }
        }

        ReportInputsInOtherParts(parse);
    }

    private static void Add(
        ParseContext parse,
        InputList inputs,
        ISymbol member,
        ITypeSymbol type,
        bool settable,
        SyntaxToken identifier,
        ExpressionSyntax? initializer)
    {
        AttributeData? attribute = member.GetAttributes().FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, parse.Types.InputAttribute));
        if (attribute is null)
        {
            return;
        }

        string name = member.Name;
        if (InputList.TypeOf(type) is not { } inputType)
        {
            parse.Report(DiagnosticDescriptors.UnsupportedInputType, identifier, name, type.ToDisplayString());
            return;
        }

        if (!settable)
        {
            parse.Report(DiagnosticDescriptors.InputMemberNotSettable, identifier, name);
            return;
        }

        if (initializer is null)
        {
            parse.Report(DiagnosticDescriptors.InputDefaultNotConstant, identifier, name, $" (add an initializer, e.g. '= {Example(inputType)}')");
            return;
        }

        Optional<object?> value = parse.SemanticModel.GetConstantValue(initializer, parse.CancellationToken);
        if (!value.HasValue)
        {
            parse.Report(DiagnosticDescriptors.InputDefaultNotConstant, initializer, name, string.Empty);
            return;
        }

        inputs.Add(new InputDeclaration
        {
            Name = name,
            Title = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null,
            Type = inputType,
            Default = value.Value,
            Min = Number(attribute, "MinValue"),
            Max = Number(attribute, "MaxValue"),
            Step = Number(attribute, "Step"),
            Tooltip = Text(attribute, "Tooltip"),
            Group = Text(attribute, "Group"),
            IsSetupCall = false,
            NameLocation = Model.LocationInfo.From(identifier),
            TitleLocation = TitleArgument(attribute) is { } title ? Model.LocationInfo.From(title) : null,
            DefaultSyntax = initializer,
        });
    }

    private static void ReportInputsInOtherParts(ParseContext parse)
    {
        foreach (ISymbol member in parse.Script.GetMembers())
        {
            if (!KnownTypes.HasAttribute(member, parse.Types.InputAttribute))
            {
                continue;
            }

            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                bool inDeclaration = reference.SyntaxTree == parse.Declaration.SyntaxTree &&
                                     parse.Declaration.Span.Contains(reference.Span);
                if (!inDeclaration)
                {
                    parse.Report(
                        DiagnosticDescriptors.InputOutsideScriptDeclaration,
                        Model.LocationInfo.From(member.Locations[0]),
                        member.Name);
                }
            }
        }
    }

    /// <summary>The attribute's title argument (its first positional one), if written.</summary>
    private static AttributeArgumentSyntax? TitleArgument(AttributeData attribute) =>
        (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals is null && a.NameColon is null);

    private static double? Number(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is double value && !double.IsNaN(value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? Text(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }

    private static string Example(Model.InputTypeSpec type) => type switch
    {
        Model.InputTypeSpec.Int => "14",
        Model.InputTypeSpec.Float => "2.0",
        Model.InputTypeSpec.Bool => "true",
        _ => "\"text\"",
    };
}
