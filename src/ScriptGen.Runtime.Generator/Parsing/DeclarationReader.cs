using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScriptGen.Generator.Model;
using ScriptGen.Runtime.Generator.Model;

namespace ScriptGen.Runtime.Generator.Parsing;

/// <summary>Reads one method marked <c>[PineFunction]</c> into a <see cref="FunctionDecl"/> of plain data.</summary>
internal static class DeclarationReader
{
    public const string PineFunctionAttribute = "ScriptGen.CompilerServices.Declarations.PineFunctionAttribute";
    private const string BarAttribute = "ScriptGen.CompilerServices.Declarations.BarAttribute";
    private const string SeriesAttribute = "ScriptGen.CompilerServices.Declarations.SeriesAttribute";
    private const string WindowLengthAttribute = "ScriptGen.CompilerServices.Declarations.WindowLengthAttribute";
    private const string PriceSeriesType = "global::ScriptGen.PriceSeries";

    /// <summary>The C# names of the <c>BarValue</c> enum's members, by value.</summary>
    private static readonly string[] s_barValues =
    {
        "Open", "High", "Low", "Close", "Volume", "Hl2", "Hlc3", "Ohlc4", "Hlcc4", "PreviousClose", "Time", "BarIndex", "ExchangeTimeZone", "SymbolSession",
    };

    private static readonly SymbolDisplayFormat s_type = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static DeclarationResult Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var method = (IMethodSymbol)context.TargetSymbol;
        FileLinePositionSpan where = context.TargetNode.GetLocation().GetLineSpan();
        string file = where.Path;
        int line = where.StartLinePosition.Line + 1;
        try
        {
            return new DeclarationResult(ReadDeclaration(method, context.Attributes, file, line, cancellationToken), null, file, line);
        }
        catch (DeclarationException problem)
        {
            return new DeclarationResult(null, problem.Message, file, line);
        }
    }

    private static FunctionDecl ReadDeclaration(
        IMethodSymbol method, IEnumerable<AttributeData> attributes, string file, int line, CancellationToken cancellationToken)
    {
        if (method.ContainingType is not { } declaring || (!method.IsStatic && declaring.TypeKind != TypeKind.Struct))
        {
            throw new DeclarationException($"'{method.Name}' is an instance method of a class; a declaration is a state struct's method or a static method");
        }

        string? pineName = null;
        var overloads = new List<OverloadDecl>();
        foreach (AttributeData attribute in attributes)
        {
            if (attribute.ConstructorArguments is not [{ Value: string name }])
            {
                throw new DeclarationException("[PineFunction] needs the Pine name, such as \"ta.sma\"");
            }

            if (pineName is not null && pineName != name)
            {
                throw new DeclarationException($"one method declares both '{pineName}' and '{name}'");
            }

            pineName = name;
            overloads.Add(ReadOverload(name, attribute, method));
        }

        if (pineName is null || pineName.IndexOf('.') <= 0)
        {
            throw new DeclarationException($"the Pine name '{pineName}' has no namespace; write it as Pine does, such as \"ta.sma\"");
        }

        if (overloads.Select(o => o.Name).Distinct().Count() != 1)
        {
            throw new DeclarationException("the overloads of one declaration must share their C# name");
        }

        Documentation docs = Documentation.Of(method, cancellationToken);
        var parameters = method.Parameters.Select(p => ReadParameter(p, docs)).ToEquatableArray();
        EquatableArray<TupleElementDecl> tuple = method.ReturnType is INamedTypeSymbol { IsTupleType: true } tupleType
            ? tupleType.TupleElements.Select(e => new TupleElementDecl(e.Type.ToDisplayString(s_type), e.Name)).ToEquatableArray()
            : EquatableArray<TupleElementDecl>.Empty;
        if (method.ReturnsVoid)
        {
            throw new DeclarationException($"'{method.Name}' returns nothing; a Pine function returns its value");
        }

        foreach (OverloadDecl overload in overloads)
        {
            foreach (ImplicitArgument argument in overload.Implicit)
            {
                if (!parameters.Any(p => p.Name == argument.Parameter && p.Bar is null))
                {
                    throw new DeclarationException($"Implicit names '{argument.Parameter}', which is not a parameter the script passes");
                }
            }
        }

        string? inPlace = attributes.SelectMany(a => a.NamedArguments).Where(a => a.Key == "InPlace").Select(a => a.Value.Value as string)
            .FirstOrDefault(name => name is not null);
        return new FunctionDecl(
            pineName,
            pineName.Substring(0, pineName.IndexOf('.')),
            method.IsStatic,
            declaring.ToDisplayString(s_type),
            declaring.Name,
            method.Name,
            method.ReturnType.ToDisplayString(s_type),
            tuple,
            parameters,
            docs.Summary,
            overloads.ToEquatableArray(),
            file,
            line,
            inPlace is null ? null : ReadInPlace(method, parameters, inPlace));
    }

    /// <summary>
    /// The method <c>InPlace</c> names: an instance method of the state with the declaration's parameters and return type, but
    /// its one <c>[Series] double</c> parameter a <c>ScriptGen.PriceSeries</c>.
    /// </summary>
    private static InPlaceDecl ReadInPlace(IMethodSymbol method, EquatableArray<ParameterDecl> parameters, string name)
    {
        ParameterDecl[] series = parameters.Where(p => p.IsSeries && p.Type == "double").ToArray();
        if (method.IsStatic || series.Length != 1)
        {
            throw new DeclarationException(
                $"InPlace needs a state's method with exactly one [Series] double parameter to read from a bar column; '{method.Name}' has {series.Length}");
        }

        int position = Array.IndexOf(parameters.ToArray(), series[0]);
        foreach (IMethodSymbol candidate in method.ContainingType.GetMembers(name).OfType<IMethodSymbol>())
        {
            if (!candidate.IsStatic && candidate.Parameters.Length == parameters.Count &&
                SymbolEqualityComparer.Default.Equals(candidate.ReturnType, method.ReturnType) &&
                candidate.Parameters.Select((p, i) => i == position
                    ? p.Type.ToDisplayString(s_type) == PriceSeriesType
                    : SymbolEqualityComparer.Default.Equals(p.Type, method.Parameters[i].Type)).All(matches => matches))
            {
                return new InPlaceDecl(name, series[0].Name);
            }
        }

        throw new DeclarationException(
            $"InPlace names '{name}', but {method.ContainingType.Name} has no instance method '{name}' taking {method.Name}'s parameters " +
            $"with '{series[0].Name}' a ScriptGen.PriceSeries");
    }

    private static OverloadDecl ReadOverload(string pineName, AttributeData attribute, IMethodSymbol method)
    {
        string? name = null;
        bool everyBar = false;
        bool batch = true;
        string? summary = null;
        string? signature = null;
        var implicitArguments = new List<ImplicitArgument>();
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case "Name":
                    name = argument.Value.Value as string;
                    break;
                case "EveryBar":
                    everyBar = argument.Value.Value is true;
                    break;
                case "Batch":
                    batch = argument.Value.Value is true;
                    break;
                case "Summary":
                    summary = argument.Value.Value as string;
                    break;
                case "Signature":
                    signature = argument.Value.Value as string;
                    break;
                case "Implicit":
                    string[] pairs = argument.Value.Values.Select(v => v.Value as string ?? string.Empty).ToArray();
                    if (pairs.Length % 2 != 0)
                    {
                        throw new DeclarationException("Implicit takes pairs of a parameter name and a bar value");
                    }

                    for (int i = 0; i < pairs.Length; i += 2)
                    {
                        if (Array.IndexOf(s_barValues, pairs[i + 1]) < 0)
                        {
                            throw new DeclarationException($"'{pairs[i + 1]}' is not a bar value; use one of {string.Join(", ", s_barValues)}");
                        }

                        implicitArguments.Add(new ImplicitArgument(pairs[i], pairs[i + 1]));
                    }

                    break;
            }
        }

        if (everyBar && method.IsStatic)
        {
            throw new DeclarationException("EveryBar needs a state: a static function reads the same bars wherever it is called");
        }

        return new OverloadDecl(name ?? DefaultName(pineName), implicitArguments.ToEquatableArray(), everyBar, batch, summary, signature);
    }

    private static ParameterDecl ReadParameter(IParameterSymbol parameter, Documentation docs)
    {
        string? bar = null;
        bool series = false;
        bool windowLength = false;
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            switch (attribute.AttributeClass?.ToDisplayString())
            {
                case BarAttribute when attribute.ConstructorArguments is [{ Value: int value }] && value >= 0 && value < s_barValues.Length:
                    bar = s_barValues[value];
                    break;
                case SeriesAttribute:
                    series = true;
                    break;
                case WindowLengthAttribute:
                    windowLength = true;
                    break;
            }
        }

        if (parameter.RefKind != RefKind.None)
        {
            throw new DeclarationException($"parameter '{parameter.Name}' is passed by reference; declarations take values");
        }

        return new ParameterDecl(
            parameter.Name,
            parameter.Type.ToDisplayString(s_type),
            bar,
            series,
            windowLength,
            parameter.HasExplicitDefaultValue ? DefaultLiteral(parameter) : null,
            docs.Parameter(parameter.Name));
    }

    private static string DefaultLiteral(IParameterSymbol parameter) => parameter.ExplicitDefaultValue switch
    {
        null => "default",
        bool b => b ? "true" : "false",
        double d => SymbolDisplay.FormatPrimitive(d, quoteStrings: false, useHexadecimalNumbers: false) + (d % 1 == 0 ? ".0" : string.Empty),
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        object value when parameter.Type.TypeKind == TypeKind.Enum =>
            $"({parameter.Type.ToDisplayString(s_type)}){Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}",
        object value => SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false),
    };

    /// <summary><c>ta.sma</c> is <c>Sma</c>; <c>ta.percentile_nearest_rank</c> is <c>PercentileNearestRank</c>.</summary>
    public static string DefaultName(string pineName)
    {
        var name = new StringBuilder();
        foreach (string word in pineName.Substring(pineName.IndexOf('.') + 1).Split('_'))
        {
            if (word.Length > 0)
            {
                name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
        }

        return name.ToString();
    }

    /// <summary>A declaration the generator cannot derive from: a build error of the runtime, with the reason.</summary>
    private sealed class DeclarationException : Exception
    {
        public DeclarationException(string message) : base(message) { }
    }

    /// <summary>A method's XML documentation: its summary and parameters, as inner XML ready to copy.</summary>
    private sealed class Documentation
    {
        private static readonly char[] s_lineBreaks = { '\r', '\n' };

        private readonly Dictionary<string, string> _parameters = new(StringComparer.Ordinal);

        public string Summary { get; private set; } = string.Empty;

        public string Parameter(string name) => _parameters.TryGetValue(name, out string? doc) ? doc : string.Empty;

        public static Documentation Of(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var docs = new Documentation();
            string? xml = method.GetDocumentationCommentXml(cancellationToken: cancellationToken);
            if (string.IsNullOrWhiteSpace(xml))
            {
                return docs;
            }

            XElement member = XElement.Parse(xml);
            docs.Summary = Inner(member.Element("summary"));
            foreach (XElement parameter in member.Elements("param"))
            {
                if (parameter.Attribute("name")?.Value is { } name)
                {
                    docs._parameters[name] = Inner(parameter);
                }
            }

            return docs;
        }

        /// <summary>The element's content on one line (its own line breaks and indentation are the source's layout).</summary>
        private static string Inner(XElement? element)
        {
            if (element is null)
            {
                return string.Empty;
            }

            string text = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return string.Join(" ", text.Split(s_lineBreaks, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim())).Trim();
        }
    }
}
