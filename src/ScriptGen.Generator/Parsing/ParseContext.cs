using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>What every parsing step of one script needs, and where it reports.</summary>
internal sealed class ParseContext
{
    public ParseContext(
        TypeDeclarationSyntax declaration,
        INamedTypeSymbol script,
        SemanticModel semanticModel,
        KnownTypes types,
        CancellationToken cancellationToken)
    {
        Declaration = declaration;
        Script = script;
        SemanticModel = semanticModel;
        Types = types;
        CancellationToken = cancellationToken;
    }

    /// <summary>
    /// The same script seen through another semantic model (one where its base class binds); the
    /// diagnostics reported so far carry over.
    /// </summary>
    public ParseContext Rebind(SemanticModel semanticModel, INamedTypeSymbol script)
    {
        var rebound = new ParseContext(Declaration, script, semanticModel, KnownTypes.From(semanticModel.Compilation), CancellationToken);
        rebound.Diagnostics.AddRange(Diagnostics);
        return rebound;
    }

    public TypeDeclarationSyntax Declaration { get; }

    public INamedTypeSymbol Script { get; }

    public SemanticModel SemanticModel { get; }

    public KnownTypes Types { get; }

    public CancellationToken CancellationToken { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public void Report(DiagnosticDescriptor descriptor, SyntaxNode node, params string[] arguments) =>
        Report(descriptor, LocationInfo.From(node), arguments);

    public void Report(DiagnosticDescriptor descriptor, SyntaxToken token, params string[] arguments) =>
        Report(descriptor, LocationInfo.From(token), arguments);

    public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
    {
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}

/// <summary>The runtime types the parser and the analyzers compare symbols against, resolved once per compilation.</summary>
internal sealed class KnownTypes
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, KnownTypes> s_byCompilation = new();

    private KnownTypes(Compilation compilation)
    {
        StrategyAttribute = compilation.GetTypeByMetadataName(KnownNames.StrategyAttribute);
        IndicatorAttribute = compilation.GetTypeByMetadataName(KnownNames.IndicatorAttribute);
        InputAttribute = compilation.GetTypeByMetadataName(KnownNames.InputAttribute);
        InterceptedByAttribute = compilation.GetTypeByMetadataName(KnownNames.InterceptedByAttribute);
        Script = compilation.GetTypeByMetadataName(KnownNames.Script);
        StrategyScript = compilation.GetTypeByMetadataName(KnownNames.StrategyScript);
        IndicatorScript = compilation.GetTypeByMetadataName(KnownNames.IndicatorScript);
        Series = compilation.GetTypeByMetadataName(KnownNames.Series);
        PlainCallAttribute = compilation.GetTypeByMetadataName(KnownNames.PlainCallAttribute);
        VaripAttribute = compilation.GetTypeByMetadataName(KnownNames.VaripAttribute);
        RestorableState = compilation.GetTypeByMetadataName(KnownNames.RestorableState);
        EveryBarState = compilation.GetTypeByMetadataName(KnownNames.EveryBarState);
        PineStrategy = compilation.GetTypeByMetadataName(KnownNames.PineStrategy);
        StrategyCalls = compilation.GetTypeByMetadataName(KnownNames.StrategyCalls);
        Facades = NamespaceFacade.FindAll(Script);
    }

    public INamedTypeSymbol? StrategyAttribute { get; }
    public INamedTypeSymbol? IndicatorAttribute { get; }
    public INamedTypeSymbol? InputAttribute { get; }
    public INamedTypeSymbol? InterceptedByAttribute { get; }
    public INamedTypeSymbol? Script { get; }
    public INamedTypeSymbol? StrategyScript { get; }
    public INamedTypeSymbol? IndicatorScript { get; }
    public INamedTypeSymbol? Series { get; }
    public INamedTypeSymbol? PlainCallAttribute { get; }
    public INamedTypeSymbol? VaripAttribute { get; }
    public INamedTypeSymbol? RestorableState { get; }
    public INamedTypeSymbol? EveryBarState { get; }
    public INamedTypeSymbol? PineStrategy { get; }

    /// <summary>The runtime's adapters of <c>strategy</c> calls for the inline loop; null in a runtime without them.</summary>
    public INamedTypeSymbol? StrategyCalls { get; }

    /// <summary>The namespace facades scripts reach through their members (<c>ta</c>, <c>math</c>, <c>input</c>, <c>chart</c>).</summary>
    public IReadOnlyList<NamespaceFacade> Facades { get; }

    /// <summary>The facade whose struct is <paramref name="type"/>, if it is one.</summary>
    public NamespaceFacade? FacadeOf(ITypeSymbol? type)
    {
        foreach (NamespaceFacade facade in Facades)
        {
            if (Is(type, facade.Type))
            {
                return facade;
            }
        }

        return null;
    }

    /// <summary>The facade a script reaches through its member <paramref name="member"/>, if there is one.</summary>
    public NamespaceFacade? FacadeNamed(string member)
    {
        foreach (NamespaceFacade facade in Facades)
        {
            if (facade.Member == member)
            {
                return facade;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether calls of <paramref name="method"/> (a facade method) are plain: marked [PlainCall], the
    /// facade computes them itself, so they are not intercepted and no call-site rule applies.
    /// </summary>
    public bool IsPlainCall(IMethodSymbol method) => HasAttribute(method.OriginalDefinition, PlainCallAttribute);

    /// <summary>The known types of <paramref name="compilation"/>, resolved once per compilation.</summary>
    public static KnownTypes From(Compilation compilation) => s_byCompilation.GetValue(compilation, static c => new KnownTypes(c));

    /// <summary>Whether <paramref name="type"/> carries [Strategy] or [Indicator].</summary>
    public bool IsScript(INamedTypeSymbol type) => HasAttribute(type, StrategyAttribute) || HasAttribute(type, IndicatorAttribute);

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);

    /// <summary>Whether <paramref name="symbol"/> carries <paramref name="attribute"/> (false when the attribute type is not in the compilation).</summary>
    public static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
    {
        foreach (AttributeData data in symbol.GetAttributes())
        {
            if (Is(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }
}
