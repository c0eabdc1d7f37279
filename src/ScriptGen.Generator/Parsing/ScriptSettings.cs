using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// The script attribute's title and named settings, checked at compile time. Only settings the
/// user wrote are emitted, so their defaults live in one place: the runtime.
/// </summary>
internal sealed class ScriptSettings
{
    private ScriptSettings(string titleLiteral, EquatableArray<SettingSpec> metadata, EquatableArray<SettingSpec> strategy)
    {
        TitleLiteral = titleLiteral;
        Metadata = metadata;
        Strategy = strategy;
    }

    public string TitleLiteral { get; }

    public EquatableArray<SettingSpec> Metadata { get; }

    public EquatableArray<SettingSpec> Strategy { get; }

    public static ScriptSettings Read(ParseContext parse, AttributeData attribute, ScriptKindSpec kind)
    {
        string scriptName = parse.Script.Name;
        string? title = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
        if (string.IsNullOrWhiteSpace(title))
        {
            parse.Report(
                DiagnosticDescriptors.InvalidScriptSetting, AttributeLocation(attribute, null), "Title", scriptName, "empty", "a non-empty string");
            title = scriptName;
        }

        var metadata = new List<SettingSpec>();
        var strategy = new List<SettingSpec>();
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            object? value = argument.Value.Value;
            switch (argument.Key)
            {
                case "Overlay" when value is bool overlay:
                    metadata.Add(new SettingSpec("Overlay", Literals.Bool(overlay)));
                    break;
                case "MaxBarsBack" when value is int maxBarsBack:
                    if (Check(parse, attribute, argument.Key, maxBarsBack >= 1, Literals.Int(maxBarsBack), "at least 1"))
                    {
                        metadata.Add(new SettingSpec("MaxBarsBack", Literals.Int(maxBarsBack)));
                    }

                    break;
                case "InitialCapital" or "DefaultQuantity" when value is double amount && kind == ScriptKindSpec.Strategy:
                    if (Check(parse, attribute, argument.Key, amount > 0 && !double.IsInfinity(amount), Literals.Display(amount), "a positive number"))
                    {
                        strategy.Add(new SettingSpec(argument.Key, Literals.Double(amount)));
                    }

                    break;
                case "Pyramiding" when value is int pyramiding && kind == ScriptKindSpec.Strategy:
                    if (Check(parse, attribute, argument.Key, pyramiding >= 0, Literals.Int(pyramiding), "0 or more"))
                    {
                        strategy.Add(new SettingSpec("Pyramiding", Literals.Int(pyramiding)));
                    }

                    break;
            }
        }

        return new ScriptSettings(Literals.String(title!), metadata.ToEquatableArray(), strategy.ToEquatableArray());
    }

    private static bool Check(ParseContext parse, AttributeData attribute, string setting, bool valid, string value, string expected)
    {
        if (!valid)
        {
            parse.Report(
                DiagnosticDescriptors.InvalidScriptSetting, AttributeLocation(attribute, setting), setting, parse.Script.Name, value, expected);
        }

        return valid;
    }

    /// <summary>The named argument's syntax (or the attribute's first argument / the attribute itself).</summary>
    private static LocationInfo? AttributeLocation(AttributeData attribute, string? namedArgument)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax)
        {
            return null;
        }

        AttributeArgumentSyntax? argument = namedArgument is null
            ? syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null)
            : syntax.ArgumentList?.Arguments.FirstOrDefault(a => string.Equals(a.NameEquals?.Name.Identifier.ValueText, namedArgument, StringComparison.Ordinal));
        return LocationInfo.From((SyntaxNode?)argument ?? syntax);
    }
}
