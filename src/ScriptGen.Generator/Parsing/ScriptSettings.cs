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
                    AddDouble(parse, attribute, strategy, argument.Key, amount, amount > 0 && !double.IsInfinity(amount), "a positive number");
                    break;
                case "CommissionValue" when value is double commission && kind == ScriptKindSpec.Strategy:
                    AddDouble(parse, attribute, strategy, argument.Key, commission, commission >= 0 && !double.IsInfinity(commission), "0 or a positive number");
                    break;
                case "MarginLong" or "MarginShort" when value is double margin && kind == ScriptKindSpec.Strategy:
                    AddDouble(parse, attribute, strategy, argument.Key, margin, margin >= 0 && !double.IsInfinity(margin), "0 (no margin calls) or a positive percent");
                    break;
                case "RiskFreeRate" when value is double rate && kind == ScriptKindSpec.Strategy:
                    AddDouble(parse, attribute, strategy, argument.Key, rate, !double.IsNaN(rate) && !double.IsInfinity(rate), "a finite percent");
                    break;
                case "Pyramiding" when value is int pyramiding && kind == ScriptKindSpec.Strategy:
                    AddInt(parse, attribute, strategy, argument.Key, pyramiding, "0 or more");
                    break;
                case "Slippage" or "BacktestFillLimitsAssumption" when value is int ticks && kind == ScriptKindSpec.Strategy:
                    AddInt(parse, attribute, strategy, argument.Key, ticks, "0 or more ticks");
                    break;
                case "ProcessOrdersOnClose" or "CalcOnOrderFills" or "UseBarMagnifier" when value is bool onClose && kind == ScriptKindSpec.Strategy:
                    strategy.Add(new SettingSpec(argument.Key, Literals.Bool(onClose)));
                    break;
                case "DefaultQuantityType" or "CommissionType" or "CloseEntriesRule" when kind == ScriptKindSpec.Strategy:
                    AddEnum(parse, attribute, strategy, argument.Key, argument.Value);
                    break;
            }
        }

        return new ScriptSettings(Literals.String(title!), metadata.ToEquatableArray(), strategy.ToEquatableArray());
    }

    private static void AddDouble(
        ParseContext parse, AttributeData attribute, List<SettingSpec> settings, string setting, double value, bool valid, string expected)
    {
        if (Check(parse, attribute, setting, valid, Literals.Display(value), expected))
        {
            settings.Add(new SettingSpec(setting, Literals.Double(value)));
        }
    }

    private static void AddInt(ParseContext parse, AttributeData attribute, List<SettingSpec> settings, string setting, int value, string expected)
    {
        if (Check(parse, attribute, setting, value >= 0, Literals.Int(value), expected))
        {
            settings.Add(new SettingSpec(setting, Literals.Int(value)));
        }
    }

    /// <summary>An enum setting: emitted as the member's name, so a cast of an undefined value is reported.</summary>
    private static void AddEnum(ParseContext parse, AttributeData attribute, List<SettingSpec> settings, string setting, TypedConstant argument)
    {
        if (argument.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType || argument.Value is null)
        {
            return;
        }

        var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
        IFieldSymbol? member = members.FirstOrDefault(f => Equals(f.ConstantValue, argument.Value));
        string typeName = enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string expected = "one of " + string.Join(", ", members.Select(f => enumType.Name + "." + f.Name));
        if (Check(parse, attribute, setting, member is not null, Convert.ToString(argument.Value, System.Globalization.CultureInfo.InvariantCulture)!, expected))
        {
            settings.Add(new SettingSpec(setting, typeName + "." + member!.Name));
        }
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
