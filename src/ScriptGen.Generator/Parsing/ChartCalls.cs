using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// <c>chart.*</c> calls: each call site is one element of the script's chart (a plot, a shape, an hline...), known at
/// compile time. Its title and style arguments (every parameter but the per-bar ones) must be constants and
/// become its metadata; the per-bar arguments go to the runtime's adapter (<c>ChartCalls</c>) with the element's
/// index. A style parameter's metadata property is the parameter's name capitalized (<c>lineWidth</c> ->
/// <c>LineWidth</c>), so a new one needs a property of that name and nothing here.
/// </summary>
internal static class ChartCalls
{
    private static readonly Dictionary<string, Function> s_functions = new(StringComparer.Ordinal)
    {
        ["Plot"] = new(null, "PlotMetadata", new[] { "series", "color" }),
        ["PlotShape"] = new(ChartList.Shapes, "ShapeMetadata", new[] { "series", "color" }),
        ["PlotChar"] = new(ChartList.Shapes, "ShapeMetadata", new[] { "series", "color" }, alwaysRecorded: "character"),
        ["PlotCandle"] = new(ChartList.Candles, "CandleMetadata", new[] { "open", "high", "low", "close", "color" }),
        ["PlotBar"] = new(ChartList.Candles, "CandleMetadata", new[] { "open", "high", "low", "close", "color" }, init: "IsBar = true"),
        ["HLine"] = new(ChartList.HLines, "HLineMetadata", new[] { "price", "color" }),
        ["Fill"] = new(ChartList.Fills, "FillMetadata", new[] { "first", "second", "color" }),
        ["BgColor"] = new(ChartList.BarColors, "BarColorMetadata", new[] { "color" }, positional: "global::ScriptGen.BarColorTarget.Background"),
        ["BarColor"] = new(ChartList.BarColors, "BarColorMetadata", new[] { "color" }, positional: "global::ScriptGen.BarColorTarget.Bar"),
    };

    public static InterceptedCallSpec? Bind(
        ParseContext parse, IMethodSymbol facade, InvocationExpressionSyntax invocation, InterceptLocationSpec location, CallSites calls)
    {
        string function = "chart." + facade.Name;
        if (!s_functions.TryGetValue(facade.Name, out Function? shape))
        {
            parse.Report(DiagnosticDescriptors.InternalError, invocation, parse.Script.Name, $"{function} is not known to the generator");
            return null;
        }

        ConstantArguments arguments = ConstantArguments.Read(parse, invocation, facade);
        string? title = arguments.IsGiven("title")
            ? arguments.Value("title") as string
            : facade.Parameters.FirstOrDefault(p => p.Name == "title")?.ExplicitDefaultValue as string;
        if (title is null)
        {
            parse.Report(DiagnosticDescriptors.ChartTitleNotConstant, arguments.Syntax("title") ?? invocation, function);
            return null;
        }

        List<string>? settings = Settings(parse, function, shape, facade, arguments, invocation);
        if (settings is null)
        {
            return null;
        }

        if (shape.List == ChartList.Fills && facade.Parameters[0].Type.Name == "HLineId")
        {
            settings.Add("BetweenHLines = true");
        }

        int index = shape.List is { } list ? calls.ChartElements.Count(e => e.List == list) : calls.Plots.Count;
        string positional = shape.Positional is null ? string.Empty : ", " + shape.Positional;
        string metadata = $"new global::ScriptGen.{shape.MetadataType}({Literals.String(title)}, {index}{positional})" +
                          (settings.Count == 0 ? string.Empty : " { " + string.Join(", ", settings) + " }");
        if (shape.List is { } elementList)
        {
            calls.ChartElements.Add(new ChartElementSpec(elementList, index, metadata));
        }
        else
        {
            calls.Plots.Add(new PlotSpec(index, Literals.String(title), PlotMemberNames.Unique(title, calls.Plots), metadata));
        }

        return new InterceptedCallSpec(
            InterceptKind.Chart,
            location,
            function,
            SymbolNames.FullyQualified(facade.ContainingType),
            SymbolNames.FullyQualified(facade.ReturnType),
            NamespaceCallBinder.Parameters(facade),
            SlotIndex: -1,
            StateType: null,
            CoreMethod: facade.Name,
            CoreArguments: shape.Series.Select(SymbolNames.Identifier).ToEquatableArray(),
            TargetIndex: index,
            TargetName: null);
    }

    /// <summary>The metadata's property assignments for the style arguments written (or always recorded); null after reporting a problem.</summary>
    private static List<string>? Settings(
        ParseContext parse, string function, Function shape, IMethodSymbol facade, ConstantArguments arguments, InvocationExpressionSyntax invocation)
    {
        var settings = new List<string>();
        if (shape.Init is not null)
        {
            settings.Add(shape.Init);
        }

        bool valid = true;
        foreach (IParameterSymbol parameter in facade.Parameters)
        {
            string name = parameter.Name;
            bool given = arguments.IsGiven(name);
            if (name == "title" || shape.Series.Contains(name) || (!given && name != shape.AlwaysRecorded))
            {
                continue;
            }

            SyntaxNode where = arguments.Syntax(name) ?? invocation;
            if (given && !arguments.IsConstant(name))
            {
                parse.Report(DiagnosticDescriptors.ChartArgumentNotConstant, where, function, name);
                valid = false;
                continue;
            }

            object? value = given ? arguments.Value(name) : parameter.ExplicitDefaultValue;
            if (Literal(parse, function, parameter, value, where) is not { } literal)
            {
                valid = false;
            }
            else if (literal.Length > 0)
            {
                settings.Add(char.ToUpperInvariant(name[0]) + name.Substring(1) + " = " + literal);
            }
        }

        return valid ? settings : null;
    }

    /// <summary>The C# literal of a style argument's constant, empty for a null text; null after reporting a value out of range.</summary>
    private static string? Literal(ParseContext parse, string function, IParameterSymbol parameter, object? value, SyntaxNode where)
    {
        string name = parameter.Name;
        if (parameter.Type.TypeKind == TypeKind.Enum)
        {
            long number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
            IFieldSymbol[] members = parameter.Type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToArray();
            IFieldSymbol? member = members.FirstOrDefault(f => Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture) == number);
            if (member is null)
            {
                string names = string.Join(", ", members.Select(f => parameter.Type.Name + "." + f.Name));
                parse.Report(DiagnosticDescriptors.ChartArgumentOutOfRange, where, function, name, Literals.Display(number), "one of " + names);
                return null;
            }

            return SymbolNames.FullyQualified(parameter.Type) + "." + member.Name;
        }

        switch (value)
        {
            case int width when name == "lineWidth":
                if (width < 1)
                {
                    parse.Report(DiagnosticDescriptors.ChartArgumentOutOfRange, where, function, name, Literals.Int(width), "at least 1");
                    return null;
                }

                return Literals.Int(width);
            case var character when name == "character":
                if (character is not string one || new StringInfo(one).LengthInTextElements != 1)
                {
                    string shown = character is string some ? Literals.String(some) : "null";
                    parse.Report(DiagnosticDescriptors.ChartArgumentOutOfRange, where, function, name, shown, "one character");
                    return null;
                }

                return Literals.String(one);
            case null:
                return string.Empty;
            case string text:
                return Literals.String(text);
            case int integer:
                return Literals.Int(integer);
            case bool flag:
                return Literals.Bool(flag);
            default:
                return Literals.Double(Convert.ToDouble(value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>One drawing function: where its metadata goes, and which of its parameters are per bar.</summary>
    private sealed class Function
    {
        public Function(ChartList? list, string metadataType, string[] series, string? alwaysRecorded = null, string? init = null, string? positional = null)
        {
            List = list;
            MetadataType = metadataType;
            Series = series;
            AlwaysRecorded = alwaysRecorded;
            Init = init;
            Positional = positional;
        }

        /// <summary>The metadata list, or null for <c>ScriptMetadata.Plots</c>.</summary>
        public ChartList? List { get; }

        public string MetadataType { get; }

        /// <summary>The parameters passed each bar (the others but the title are constants recorded in the metadata).</summary>
        public string[] Series { get; }

        /// <summary>A style parameter recorded even when omitted (<c>plotchar</c>'s character, which tells it from a shape).</summary>
        public string? AlwaysRecorded { get; }

        /// <summary>A property assignment every call site of the function has.</summary>
        public string? Init { get; }

        /// <summary>A constructor argument after the title and index.</summary>
        public string? Positional { get; }
    }
}
