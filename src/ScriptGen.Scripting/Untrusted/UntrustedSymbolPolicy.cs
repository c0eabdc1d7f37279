using System.ComponentModel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ScriptGen.Scripting.Untrusted;

/// <summary>
/// Decides, for one compilation, whether a symbol an untrusted script references is allowed: its type (or
/// containing type) on the allow-list, the member not refused by a member rule or as engine plumbing
/// (<see cref="EditorBrowsableState.Never"/> members of ScriptGen and what the generator writes for the
/// runtime), and every type in its signature allowed too, so no allowed member hands out a refused type.
/// Results are cached per symbol.
/// </summary>
internal sealed class UntrustedSymbolPolicy
{
    private static readonly SymbolDisplayFormat s_display = SymbolDisplayFormat.CSharpErrorMessageFormat;

    private readonly CSharpCompilation _compilation;
    private readonly HashSet<SyntaxTree> _userTrees;
    private readonly UntrustedAllowList _allowList;
    private readonly Dictionary<ISymbol, Refusal?> _symbols = new(SymbolEqualityComparer.IncludeNullability);
    private readonly Dictionary<ITypeSymbol, Refusal?> _types = new(SymbolEqualityComparer.IncludeNullability);

    public UntrustedSymbolPolicy(CSharpCompilation compilation, IEnumerable<SyntaxTree> userTrees, UntrustedAllowList allowList)
    {
        _compilation = compilation;
        _userTrees = [.. userTrees];
        _allowList = allowList;
    }

    /// <summary>The display string diagnostics use for <paramref name="symbol"/>.</summary>
    public static string Display(ISymbol symbol) => symbol.ToDisplayString(s_display);

    /// <summary>Why <paramref name="symbol"/> may not be referenced, or null when it may.</summary>
    public Refusal? Check(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return null;
        }

        if (_symbols.TryGetValue(symbol, out Refusal? cached))
        {
            return cached;
        }

        Refusal? refusal = symbol switch
        {
            // Locals, parameters, range variables and discards take their types from declarations and
            // expressions that are checked where they are written.
            INamespaceSymbol or IPreprocessingSymbol or ILabelSymbol or ILocalSymbol or IParameterSymbol
                or IRangeVariableSymbol or IDiscardSymbol => null,
            IAliasSymbol alias => Check(alias.Target),
            ITypeSymbol type => CheckType(type),
            IMethodSymbol method => CheckMethod(method),
            IPropertySymbol or IFieldSymbol or IEventSymbol => CheckMember(symbol),
            _ => null,
        };
        _symbols[symbol] = refusal;
        return refusal;
    }

    /// <summary>Why <paramref name="type"/> may not be used, or null when it may.</summary>
    public Refusal? CheckType(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        if (_types.TryGetValue(type, out Refusal? cached))
        {
            return cached;
        }

        // Types nest as deep as the text does (the parser bounds that); throw rather than overflow if not.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();

        Refusal? refusal = type switch
        {
            IErrorTypeSymbol or ITypeParameterSymbol => null,
            IDynamicTypeSymbol => new Refusal(UntrustedDiagnostics.Dynamic, "dynamic"),
            IPointerTypeSymbol or IFunctionPointerTypeSymbol => new Refusal(UntrustedDiagnostics.UnsafeCode, Display(type)),
            IArrayTypeSymbol array => CheckType(array.ElementType),
            INamedTypeSymbol named => CheckNamedType(named),
            _ => null,
        };
        _types[type] = refusal;
        return refusal;
    }

    /// <summary>Whether <paramref name="symbol"/> is declared in the script's own text (not in generated code).</summary>
    public bool IsDeclaredInUserText(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.Any(reference => _userTrees.Contains(reference.SyntaxTree));

    /// <summary>Whether <paramref name="symbol"/> comes from the script's own compilation (its text or generated code).</summary>
    public bool IsFromSource(ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly);

    /// <summary>
    /// Whether <paramref name="member"/> is engine plumbing: marked <see cref="EditorBrowsableState.Never"/>
    /// in ScriptGen or in generated code, or overriding a member that is (the generated <c>RunBars</c>, say).
    /// </summary>
    public bool IsEnginePlumbing(ISymbol member)
    {
        for (ISymbol? current = member; current is not null; current = Overridden(current))
        {
            bool scriptGenOrSource = current.ContainingAssembly?.Name == UntrustedAllowList.ScriptGenAssembly || IsFromSource(current)
                || (current.ContainingType is { } type && IsScript(type.OriginalDefinition));
            if (scriptGenOrSource && IsEditorBrowsableNever(current))
            {
                return true;
            }
        }

        return false;
    }

    private Refusal? CheckMethod(IMethodSymbol method)
    {
        // An extension method called as one (xs.Where(...)) is checked as the static method it is.
        method = method.ReducedFrom is null ? method : method.GetConstructedReducedFrom() ?? method;
        switch (method.MethodKind)
        {
            case MethodKind.FunctionPointerSignature:
                return new Refusal(UntrustedDiagnostics.UnsafeCode, Display(method));
            case MethodKind.LocalFunction:
            case MethodKind.AnonymousFunction:
                return CheckSignature(method);
            default:
                return CheckMember(method) ?? CheckNamespaceLookup(method);
        }
    }

    /// <summary>
    /// <c>Namespace&lt;T&gt;(name)</c> hands the script the object the host registered under that name, as a
    /// <c>T</c>. With a framework <c>T</c> (object, IDisposable, IList) the script could reach members of a
    /// host object shared by every run (dispose it, clear it); so <c>T</c> must be one of ScriptGen's
    /// namespace types or a type the host allowed.
    /// </summary>
    private Refusal? CheckNamespaceLookup(IMethodSymbol method)
    {
        if (method is not { Name: "Namespace", TypeArguments: [INamedTypeSymbol requested] }
            || method.ContainingType is not { Name: "Script" } script
            || script.ContainingAssembly?.Name != UntrustedAllowList.ScriptGenAssembly)
        {
            return null;
        }

        string assembly = requested.ContainingAssembly?.Name ?? string.Empty;
        string name = MetadataName(requested.OriginalDefinition);
        bool hostType = _allowList.IsExtraType(assembly, name);
        bool scriptGenNamespace = assembly == UntrustedAllowList.ScriptGenAssembly
            && NamespaceName(requested.ContainingNamespace) == "ScriptGen.Namespaces";
        return hostType || scriptGenNamespace ? null : new Refusal(UntrustedDiagnostics.ApiNotAllowed, Display(method));
    }

    private Refusal? CheckMember(ISymbol member)
    {
        INamedTypeSymbol? containing = member.ContainingType;
        if (containing is not null && CheckType(containing) is { } containingRefusal)
        {
            return containingRefusal.About(Display(member));
        }

        if (containing is not null && !IsFromSource(containing)
            && UntrustedAllowList.RefusedMember(MetadataName(containing.OriginalDefinition), member) is { } descriptor)
        {
            return new Refusal(descriptor, Display(member));
        }

        if (IsEnginePlumbing(member))
        {
            return new Refusal(UntrustedDiagnostics.EngineApi, Display(member));
        }

        // An imported script of the host or a library is read (its plots, properties and inputs), not
        // called: its methods are the host's code, which could do anything the host can.
        if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } && containing is not null && !IsFromSource(containing)
            && IsScript(containing.OriginalDefinition))
        {
            return new Refusal(UntrustedDiagnostics.ApiNotAllowed, Display(member));
        }

        return CheckSignature(member);
    }

    private Refusal? CheckSignature(ISymbol member)
    {
        IEnumerable<ITypeSymbol> types = member switch
        {
            IMethodSymbol method => [method.ReturnType, .. method.Parameters.Select(p => p.Type), .. method.TypeArguments],
            IPropertySymbol property => [property.Type, .. property.Parameters.Select(p => p.Type)],
            IFieldSymbol field => [field.Type],
            IEventSymbol @event => [@event.Type],
            _ => [],
        };
        foreach (ITypeSymbol type in types)
        {
            if (CheckType(type) is { } refusal)
            {
                return refusal.About(Display(member));
            }
        }

        return null;
    }

    private Refusal? CheckNamedType(INamedTypeSymbol type)
    {
        if (type.IsAnonymousType)
        {
            return null;
        }

        if (CheckDefinition(type.OriginalDefinition) is { } definitionRefusal)
        {
            return definitionRefusal.About(Display(type));
        }

        if (type.ContainingType is { } outer && CheckType(outer) is { } outerRefusal)
        {
            return outerRefusal;
        }

        foreach (ITypeSymbol argument in type.TypeArguments)
        {
            if (CheckType(argument) is { } argumentRefusal)
            {
                return argumentRefusal;
            }
        }

        return null;
    }

    private Refusal? CheckDefinition(INamedTypeSymbol definition)
    {
        if (IsFromSource(definition))
        {
            // The script's own types are allowed; types only generated code declares (the catalog, the
            // interceptors) are engine plumbing, unless nested in a type of the script's (its Inputs record).
            if (IsDeclaredInUserText(definition))
            {
                return null;
            }

            return definition.ContainingType is { } container && CheckDefinition(container) is null
                ? null
                : new Refusal(UntrustedDiagnostics.EngineApi, Display(definition));
        }

        string assembly = definition.ContainingAssembly?.Name ?? string.Empty;
        if (definition.ContainingType is { } containing)
        {
            // A public type nested in an allowed type is allowed (List<T>.Enumerator, StringBuilder's handler).
            string containingName = MetadataName(containing);
            if (_allowList.IsExtraType(assembly, containingName))
            {
                return null;
            }

            return CheckDefinition(containing.OriginalDefinition) is { } refusal
                ? refusal.About(Display(definition))
                : null;
        }

        string name = MetadataName(definition);
        string ns = NamespaceName(definition.ContainingNamespace);
        if (_allowList.IsAllowedTopLevelType(assembly, name, ns) || IsScript(definition))
        {
            // A script of another assembly (an indicator of the host program, of a library set) is what
            // Import(...) takes: its public surface is script code, bounded by its own checks.
            return null;
        }

        return new Refusal(UntrustedAllowList.Classify(assembly, ns, name), Display(definition));
    }

    /// <summary>Whether <paramref name="type"/> is a script: it derives from ScriptGen's <c>Script</c> (the base classes themselves are on the allow-list).</summary>
    public static bool IsScript(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Script", ContainingType: null } && current.ContainingAssembly?.Name == UntrustedAllowList.ScriptGenAssembly
                && NamespaceName(current.ContainingNamespace) == "ScriptGen")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="assembly"/> holds compiled scripts (the generator's catalog attribute names them):
    /// the host program's own scripts, or a set the engine compiled as a library.
    /// </summary>
    public static bool IsScriptAssembly(IAssemblySymbol assembly) =>
        assembly.GetAttributes().Any(attribute => attribute.AttributeClass is { Name: "ScriptAssemblyCatalogAttribute" } catalog
            && NamespaceName(catalog.ContainingNamespace) == "ScriptGen.CompilerServices"
            && catalog.ContainingAssembly?.Name == UntrustedAllowList.ScriptGenAssembly);

    /// <summary>The metadata name of a type definition: namespace, containing types joined with '+', arity suffixes.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        string name = type.MetadataName;
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        string ns = NamespaceName(type.ContainingNamespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>The full name of a namespace, empty for the global namespace.</summary>
    public static string NamespaceName(INamespaceSymbol? ns) =>
        ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted));

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };

    private static bool IsEditorBrowsableNever(ISymbol symbol)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: nameof(EditorBrowsableAttribute) } attributeClass
                && NamespaceName(attributeClass.ContainingNamespace) == "System.ComponentModel"
                && attribute.ConstructorArguments is [{ Value: int state }]
                && state == (int)EditorBrowsableState.Never)
            {
                return true;
            }
        }

        // An accessor inherits its property's marking.
        return symbol is IMethodSymbol { AssociatedSymbol: { } associated } && IsEditorBrowsableNever(associated);
    }
}
