using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RoslynSymbolInfo = Microsoft.CodeAnalysis.SymbolInfo;

namespace ScriptGen.Scripting.Untrusted;

/// <summary>
/// Checks one of the script's own syntax trees: every node's symbols and types against the
/// <see cref="UntrustedSymbolPolicy"/> (identifiers, member accesses, invocations, object creations,
/// element accesses and implicit indexers, operators, user-defined conversions, attributes, foreach,
/// deconstruction, collection initializers and expressions, queries, patterns, lambdas' target types),
/// plus the rules that are about syntax: unsafe code, async, lock, catch clauses, finalizers, records,
/// exception classes, reserved namespaces and identifiers, overrides of engine members.
/// </summary>
/// <remarks>
/// A node is reported once, for its first refusal. Once a node is reported, the nodes that only name
/// the same thing (the callee of a refused invocation, the qualifier of a refused member access, the
/// type arguments of a refused type) are not reported again; its arguments, initializers, lambda
/// bodies and statements are still checked.
/// </remarks>
internal sealed class UntrustedTreeChecker
{
    /// <summary>Identifiers the instrumentation uses start with this; scripts may not declare or use them.</summary>
    public const string ReservedIdentifierPrefix = "__sg";

    private readonly CSharpCompilation _compilation;
    private readonly SemanticModel _model;
    private readonly UntrustedSymbolPolicy _policy;
    private readonly UntrustedAllowList _allowList;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Diagnostic> _diagnostics;

    public UntrustedTreeChecker(
        CSharpCompilation compilation,
        SemanticModel model,
        UntrustedSymbolPolicy policy,
        UntrustedAllowList allowList,
        List<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _model = model;
        _policy = policy;
        _allowList = allowList;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Checks the whole tree, adding a diagnostic per refused node or token.</summary>
    public void Check()
    {
        SyntaxNode root = _model.SyntaxTree.GetRoot(_cancellationToken);
        CheckTokens(root);
        Visit(root, suppressed: false);
    }

    // ---- Keywords and names, token by token ------------------------------------------------------------

    private void CheckTokens(SyntaxNode root)
    {
        foreach (SyntaxToken token in root.DescendantTokens())
        {
            Refusal? refusal = token.Kind() switch
            {
                SyntaxKind.UnsafeKeyword => new Refusal(UntrustedDiagnostics.UnsafeCode, "unsafe"),
                SyntaxKind.FixedKeyword => new Refusal(UntrustedDiagnostics.UnsafeCode, "fixed"),
                SyntaxKind.StackAllocKeyword => new Refusal(UntrustedDiagnostics.UnsafeCode, "stackalloc"),
                SyntaxKind.ArgListKeyword => new Refusal(UntrustedDiagnostics.UnsafeCode, "__arglist"),
                SyntaxKind.MakeRefKeyword => new Refusal(UntrustedDiagnostics.UnsafeCode, "__makeref"),
                SyntaxKind.RefTypeKeyword => new Refusal(UntrustedDiagnostics.UnsafeCode, "__reftype"),
                SyntaxKind.RefValueKeyword => new Refusal(UntrustedDiagnostics.UnsafeCode, "__refvalue"),
                SyntaxKind.ExternKeyword => new Refusal(UntrustedDiagnostics.Interop, "extern"),
                SyntaxKind.AsyncKeyword => new Refusal(UntrustedDiagnostics.Async, "async"),
                SyntaxKind.AwaitKeyword => new Refusal(UntrustedDiagnostics.Async, "await"),
                SyntaxKind.LockKeyword => new Refusal(UntrustedDiagnostics.Threading, "lock"),
                SyntaxKind.IdentifierToken when token.ValueText.StartsWith(ReservedIdentifierPrefix, StringComparison.Ordinal)
                    => new Refusal(UntrustedDiagnostics.ReservedName, token.ValueText,
                        $"names starting with '{ReservedIdentifierPrefix}' are reserved for the code the engine inserts into untrusted scripts; rename it"),
                _ => null,
            };
            if (refusal is not null)
            {
                Report(refusal, token.GetLocation());
            }
        }
    }

    // ---- Nodes -----------------------------------------------------------------------------------------

    /// <summary>
    /// Visits the tree in order with an explicit stack rather than recursion, so the check's own stack use
    /// does not grow with the text's nesting.
    /// </summary>
    private void Visit(SyntaxNode root, bool suppressed)
    {
        var pending = new Stack<(SyntaxNode Node, bool Suppressed)>();
        pending.Push((root, suppressed));
        var children = new List<(SyntaxNode, bool)>();
        while (pending.TryPop(out (SyntaxNode Node, bool Suppressed) item))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            children.Clear();
            VisitNode(item.Node, item.Suppressed, children);
            for (int i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    /// <summary>Checks one node and lists the children to visit next, each with whether it is suppressed.</summary>
    private void VisitNode(SyntaxNode node, bool suppressed, List<(SyntaxNode, bool)> children)
    {
        switch (node)
        {
            case UsingDirectiveSyntax or ExternAliasDirectiveSyntax:
                return; // Names only; what a script uses through them is checked where it is used.
            case InvocationExpressionSyntax invocation when IsNameOf(invocation):
                return; // nameof(X) produces a string; nothing is referenced at run time.
            case BaseNamespaceDeclarationSyntax ns:
                CheckNamespace(ns);
                children.AddRange(ns.ChildNodes().Where(child => child != ns.Name).Select(child => (child, false)));
                return;
            case AttributeSyntax attribute:
                if (CheckAttribute(attribute) is { } attributeType && attributeType.ContainingAssembly?.Name == UntrustedAllowList.ScriptGenAssembly
                    && attribute.ArgumentList is { } attributeArguments)
                {
                    CheckGeneratedText(attributeArguments.Arguments.Select(argument => argument.Expression));
                }

                if (attribute.ArgumentList is { } arguments)
                {
                    children.Add((arguments, false));
                }

                return;
            case InvocationExpressionSyntax facadeCall when IsGeneratorReadCall(facadeCall):
                CheckGeneratedText(facadeCall.ArgumentList.Arguments.Select(argument => argument.Expression));
                break;
            case CatchClauseSyntax catchClause:
                bool refused = CheckCatch(catchClause);
                if (catchClause.Declaration is { } declaration)
                {
                    children.Add((declaration, refused || suppressed));
                }

                if (catchClause.Filter is { } filter)
                {
                    children.Add((filter, false));
                }

                children.Add((catchClause.Block, false));
                return;
        }

        Refusal? refusal = CheckSyntax(node, out Location? location);
        if (refusal is null && !suppressed)
        {
            refusal = CheckSemantics(node, out location);
        }

        if (refusal is not null)
        {
            Report(refusal, location ?? node.GetLocation());
        }

        bool suppressChildren = suppressed || refusal is not null;
        children.AddRange(node.ChildNodes().Select(child => (child, suppressChildren && !IsBoundary(child))));
    }

    /// <summary>Children that are checked on their own even when their parent was reported.</summary>
    private static bool IsBoundary(SyntaxNode node) => node is ArgumentListSyntax or BracketedArgumentListSyntax
        or AttributeArgumentListSyntax or InitializerExpressionSyntax or AnonymousFunctionExpressionSyntax
        or StatementSyntax or ArrowExpressionClauseSyntax or ArrayRankSpecifierSyntax or EqualsValueClauseSyntax
        or MemberDeclarationSyntax or AccessorListSyntax or AccessorDeclarationSyntax or CatchFilterClauseSyntax
        or AttributeListSyntax or ParameterListSyntax or BracketedParameterListSyntax or BaseListSyntax
        or TypeParameterConstraintClauseSyntax or SwitchSectionSyntax or SwitchExpressionArmSyntax;

    // ---- Rules about syntax --------------------------------------------------------------------------

    private Refusal? CheckSyntax(SyntaxNode node, out Location? location)
    {
        location = null;
        switch (node)
        {
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression } addressOf:
                location = addressOf.OperatorToken.GetLocation();
                return new Refusal(UntrustedDiagnostics.UnsafeCode, "& (address-of)");
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PointerIndirectionExpression } indirection:
                location = indirection.OperatorToken.GetLocation();
                return new Refusal(UntrustedDiagnostics.UnsafeCode, "* (pointer indirection)");
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.PointerMemberAccessExpression } pointerAccess:
                location = pointerAccess.OperatorToken.GetLocation();
                return new Refusal(UntrustedDiagnostics.UnsafeCode, "-> (pointer member access)");
            case DestructorDeclarationSyntax destructor:
                location = Location.Create(destructor.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(
                    destructor.TildeToken.SpanStart, destructor.Identifier.Span.End));
                return new Refusal(UntrustedDiagnostics.OutsideBudget, "~" + destructor.Identifier.ValueText + "()",
                    "a finalizer runs on the runtime's finalizer thread, outside any run's budget, and an exception " +
                    "there ends the process; release what the script holds at the end of Process() instead");
            case RecordDeclarationSyntax record:
                location = record.Keyword.GetLocation();
                return new Refusal(UntrustedDiagnostics.Record, record.Identifier.ValueText);
            case TypeOfExpressionSyntax typeOf:
                return new Refusal(UntrustedDiagnostics.Reflection, typeOf.ToString());
            case ClassDeclarationSyntax { BaseList.Types: [var firstBase, ..] } classDeclaration
                when _model.GetDeclaredSymbol(classDeclaration, _cancellationToken) is { } declared && DerivesFromException(declared):
                location = firstBase.GetLocation();
                return new Refusal(UntrustedDiagnostics.OutsideBudget, UntrustedSymbolPolicy.Display(declared),
                    "the host reads an exception's Message, ToString() and StackTrace after the run, outside its budget, " +
                    "so an untrusted script may not declare exception classes; throw an allowed one such as " +
                    "ArgumentException or InvalidOperationException");
            case ClassDeclarationSyntax { BaseList.Types: [var baseType, ..] } derived
                when ImplicitBaseConstructorRefusal(derived) is { } implicitBase:
                location = baseType.GetLocation();
                return implicitBase;
            case MemberDeclarationSyntax member when OverridesEnginePlumbing(member, out ISymbol? overridden, out SyntaxToken identifier):
                location = identifier.GetLocation();
                return new Refusal(UntrustedDiagnostics.EngineApi, UntrustedSymbolPolicy.Display(overridden!));
            default:
                return null;
        }
    }

    private void CheckNamespace(BaseNamespaceDeclarationSyntax declaration)
    {
        if (!declaration.Members.Any(member => member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            || _model.GetDeclaredSymbol(declaration, _cancellationToken) is not INamespaceSymbol ns)
        {
            return;
        }

        string name = UntrustedSymbolPolicy.NamespaceName(ns);
        string? reason = null;
        if (IsIn(name, "System") || IsIn(name, "Microsoft"))
        {
            reason = "types in System and Microsoft namespaces could stand in for the framework's own; declare them in a namespace of your own";
        }
        else if (IsIn(name, "ScriptGen.Generated"))
        {
            reason = "ScriptGen.Generated holds the generator's interceptors, and a type there could intercept calls; declare types in a namespace of your own";
        }
        // Scripts of a library set or of the host may share a namespace with the text that imports them.
        else if (ns.ConstituentNamespaces.FirstOrDefault(part => part.ContainingAssembly is { } assembly
                     && !SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly)
                     && !UntrustedSymbolPolicy.IsScriptAssembly(assembly)) is { } referenced)
        {
            reason = $"the namespace belongs to the referenced assembly '{referenced.ContainingAssembly.Name}', and a type declared there " +
                "could stand in for one of its types (the runtime calls the instrumentation inserts, say); declare types in a namespace of " +
                "your own, such as 'MyScripts' or 'ScriptGen.Samples.Scripts'";
        }

        if (reason is not null)
        {
            Report(new Refusal(UntrustedDiagnostics.ReservedName, "namespace " + name, reason), declaration.Name.GetLocation());
        }
    }

    /// <summary>
    /// Whether <paramref name="invocation"/> is a call the generator reads and writes into generated code
    /// (<c>input.*</c>, <c>chart.*</c>, and the other ScriptGen facades).
    /// </summary>
    private bool IsGeneratorReadCall(InvocationExpressionSyntax invocation) =>
        _model.GetSymbolInfo(invocation, _cancellationToken).Symbol is IMethodSymbol { ContainingType: { } facade }
        && facade.ContainingAssembly?.Name == UntrustedAllowList.ScriptGenAssembly
        && UntrustedSymbolPolicy.NamespaceName(facade.ContainingNamespace) == "ScriptGen.Namespaces";

    /// <summary>
    /// Refuses line breaks in constant strings the generator copies into its output: a generator that
    /// wrote one into a comment unescaped would let the rest of the string run as unchecked code.
    /// </summary>
    private void CheckGeneratedText(IEnumerable<ExpressionSyntax> arguments)
    {
        foreach (ExpressionSyntax argument in arguments)
        {
            if (_model.GetConstantValue(argument, _cancellationToken) is { HasValue: true, Value: string text }
                && text.IndexOfAny(['\r', '\n', '\u0085', '\u2028', '\u2029']) >= 0)
            {
                string shown = text.Length > 40 ? text[..40] + "..." : text;
                Report(new Refusal(UntrustedDiagnostics.LineBreakInGeneratedText, SymbolDisplay.FormatLiteral(shown, quote: true)), argument.GetLocation());
            }
        }
    }

    /// <summary>Reports an attribute outside the allow-list; returns the attribute's type when it is allowed.</summary>
    private ITypeSymbol? CheckAttribute(AttributeSyntax attribute)
    {
        string? target = (attribute.Parent as AttributeListSyntax)?.Target?.Identifier.ValueText;
        ITypeSymbol? type = (_model.GetSymbolInfo(attribute, _cancellationToken).Symbol as IMethodSymbol)?.ContainingType
            ?? _model.GetTypeInfo(attribute, _cancellationToken).Type;
        string subject = type is null or IErrorTypeSymbol ? attribute.Name.ToString() : UntrustedSymbolPolicy.Display(type);
        bool allowed = target is not ("assembly" or "module")
            && (type is null or IErrorTypeSymbol
                || type is INamedTypeSymbol named
                    && _allowList.IsAllowedAttribute(named.ContainingAssembly?.Name ?? string.Empty, UntrustedSymbolPolicy.MetadataName(named.OriginalDefinition)));
        if (!allowed)
        {
            Report(new Refusal(UntrustedDiagnostics.Attribute, target is null ? subject : target + ": " + subject), attribute.GetLocation());
        }

        return allowed ? type : null;
    }

    /// <summary>
    /// A catch clause with no type, or whose type is a type parameter or any base of (or equal to)
    /// ScriptLimitExceededException or OperationCanceledException, could swallow the exception that stops a run.
    /// </summary>
    private bool CheckCatch(CatchClauseSyntax catchClause)
    {
        if (catchClause.Declaration is null)
        {
            Report(new Refusal(UntrustedDiagnostics.CatchClause, "catch"), catchClause.CatchKeyword.GetLocation());
            return true;
        }

        ITypeSymbol? caught = _model.GetTypeInfo(catchClause.Declaration.Type, _cancellationToken).Type;
        if (caught is null or IErrorTypeSymbol)
        {
            return false;
        }

        bool catchesStop = caught is ITypeParameterSymbol
            || IsSelfOrBase(caught, _compilation.GetTypeByMetadataName("ScriptGen.ScriptLimitExceededException"))
            || IsSelfOrBase(caught, _compilation.GetTypeByMetadataName("System.OperationCanceledException"));
        if (catchesStop)
        {
            Report(new Refusal(UntrustedDiagnostics.CatchClause, "catch (" + UntrustedSymbolPolicy.Display(caught) + ")"),
                catchClause.Declaration.Type.GetLocation());
        }

        return catchesStop;
    }

    private static bool IsSelfOrBase(ITypeSymbol candidate, INamedTypeSymbol? of)
    {
        for (INamedTypeSymbol? type = of; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFromException(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true } && current.MetadataName == "Exception")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A constructor without an initializer calls its base class's parameterless constructor, which the
    /// text never names: <c>class R : Random { }</c> would make <c>new R()</c> an unseeded Random.
    /// </summary>
    private Refusal? ImplicitBaseConstructorRefusal(ClassDeclarationSyntax declaration)
    {
        if (_model.GetDeclaredSymbol(declaration, _cancellationToken) is not { BaseType: { } baseType } declared
            || _policy.IsFromSource(baseType))
        {
            return null;
        }

        bool callsParameterless = declared.InstanceConstructors.Any(constructor =>
            constructor.DeclaringSyntaxReferences.All(reference => reference.GetSyntax(_cancellationToken) switch
            {
                ConstructorDeclarationSyntax { Initializer: not null } => false,
                TypeDeclarationSyntax { BaseList.Types: [PrimaryConstructorBaseTypeSyntax, ..] } => false,
                _ => true,
            }));
        IMethodSymbol? parameterless = baseType.InstanceConstructors.FirstOrDefault(constructor => constructor.Parameters.IsEmpty);
        return callsParameterless && parameterless is not null ? _policy.Check(parameterless) : null;
    }

    private bool OverridesEnginePlumbing(MemberDeclarationSyntax member, out ISymbol? overridden, out SyntaxToken identifier)
    {
        overridden = null;
        identifier = default;
        if (!member.Modifiers.Any(SyntaxKind.OverrideKeyword))
        {
            return false;
        }

        (ISymbol? symbol, identifier) = member switch
        {
            MethodDeclarationSyntax method => (_model.GetDeclaredSymbol(method, _cancellationToken) as ISymbol, method.Identifier),
            PropertyDeclarationSyntax property => (_model.GetDeclaredSymbol(property, _cancellationToken), property.Identifier),
            IndexerDeclarationSyntax indexer => (_model.GetDeclaredSymbol(indexer, _cancellationToken), indexer.ThisKeyword),
            EventDeclarationSyntax @event => (_model.GetDeclaredSymbol(@event, _cancellationToken), @event.Identifier),
            _ => (null, default),
        };
        overridden = symbol switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            IEventSymbol @event => @event.OverriddenEvent,
            _ => null,
        };
        return overridden is not null && _policy.IsEnginePlumbing(overridden);
    }

    // ---- Rules about symbols and types -----------------------------------------------------------------

    private Refusal? CheckSemantics(SyntaxNode node, out Location? location)
    {
        location = null;
        switch (node)
        {
            case ExpressionSyntax expression:
                return CheckExpression(expression);
            case ConstructorInitializerSyntax initializer:
                return _policy.Check(_model.GetSymbolInfo(initializer, _cancellationToken).Symbol);
            case PrimaryConstructorBaseTypeSyntax primaryBase:
                return _policy.Check(_model.GetSymbolInfo(primaryBase, _cancellationToken).Symbol);
            case QueryClauseSyntax clause:
                QueryClauseInfo info = _model.GetQueryClauseInfo(clause, _cancellationToken);
                return _policy.Check(info.CastInfo.Symbol) ?? _policy.Check(info.OperationInfo.Symbol);
            case SelectOrGroupClauseSyntax selectOrGroup:
                return _policy.Check(_model.GetSymbolInfo(selectOrGroup, _cancellationToken).Symbol);
            case OrderingSyntax ordering:
                return _policy.Check(_model.GetSymbolInfo(ordering, _cancellationToken).Symbol);
            case CommonForEachStatementSyntax forEach:
                location = forEach.Expression.GetLocation();
                return CheckForEach(forEach);
            case RecursivePatternSyntax pattern:
                return _model.GetOperation(pattern, _cancellationToken) is IRecursivePatternOperation recursive
                    ? _policy.Check(recursive.DeconstructSymbol)
                    : null;
            default:
                return null;
        }
    }

    private Refusal? CheckForEach(CommonForEachStatementSyntax forEach)
    {
        ForEachStatementInfo info = _model.GetForEachStatementInfo(forEach);
        Refusal? refusal = _policy.Check(info.GetEnumeratorMethod) ?? _policy.Check(info.MoveNextMethod)
            ?? _policy.Check(info.CurrentProperty) ?? _policy.Check(info.DisposeMethod) ?? _policy.CheckType(info.ElementType);
        if (refusal is null && forEach is ForEachVariableStatementSyntax deconstructing)
        {
            refusal = CheckDeconstruction(_model.GetDeconstructionInfo(deconstructing));
        }

        return refusal;
    }

    private Refusal? CheckExpression(ExpressionSyntax expression)
    {
        if (expression is IdentifierNameSyntax { IsVar: true } && _model.GetSymbolInfo(expression, _cancellationToken).Symbol is ITypeSymbol)
        {
            return null; // var: the initializer's type is checked where it is computed.
        }

        RoslynSymbolInfo symbolInfo = _model.GetSymbolInfo(expression, _cancellationToken);
        ISymbol? symbol = symbolInfo.Symbol;
        Refusal? refusal = _policy.Check(symbol);
        if (refusal is null && symbol is null)
        {
            foreach (ISymbol candidate in symbolInfo.CandidateSymbols)
            {
                refusal ??= _policy.Check(candidate);
            }
        }

        if (refusal is not null)
        {
            return refusal;
        }

        TypeInfo typeInfo = _model.GetTypeInfo(expression, _cancellationToken);
        bool namesLocal = symbol is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or IDiscardSymbol;
        if ((!namesLocal || typeInfo.Type is IDynamicTypeSymbol) && _policy.CheckType(typeInfo.Type) is { } typeRefusal)
        {
            return typeRefusal;
        }

        // The type an expression converts to matters where the expression takes its meaning from it:
        // a lambda turned into an expression tree, a method group, a collection expression, an
        // interpolated string handler.
        bool targetTyped = expression is AnonymousFunctionExpressionSyntax or CollectionExpressionSyntax
            or InterpolatedStringExpressionSyntax or ImplicitObjectCreationExpressionSyntax
            || IsMethodGroup(expression, symbol);
        if (targetTyped && !SymbolEqualityComparer.Default.Equals(typeInfo.ConvertedType, typeInfo.Type)
            && _policy.CheckType(typeInfo.ConvertedType) is { } convertedRefusal)
        {
            return convertedRefusal.About(UntrustedSymbolPolicy.Display(typeInfo.ConvertedType!));
        }

        // A user-defined conversion of a refused type is reported where that type is used (the callee taking
        // it, the declaration holding it); one of an allowed type can still be refused on its own.
        Conversion conversion = _model.GetConversion(expression, _cancellationToken);
        if (conversion is { IsUserDefined: true, MethodSymbol: { } conversionMethod }
            && _policy.CheckType(conversionMethod.ContainingType) is null
            && _policy.Check(conversionMethod) is { } conversionRefusal)
        {
            return conversionRefusal;
        }

        return expression switch
        {
            ElementAccessExpressionSyntax elementAccess
                when _model.GetOperation(elementAccess, _cancellationToken) is IImplicitIndexerReferenceOperation implicitIndexer
                => _policy.Check(implicitIndexer.IndexerSymbol) ?? _policy.Check(implicitIndexer.LengthSymbol),
            CollectionExpressionSyntax collection
                when _model.GetOperation(collection, _cancellationToken) is ICollectionExpressionOperation collectionOperation
                => _policy.Check(collectionOperation.ConstructMethod),
            AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } deconstruction
                => CheckDeconstruction(_model.GetDeconstructionInfo(deconstruction)),
            _ when expression.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression }
                => CheckCollectionInitializer(expression),
            _ => null,
        };
    }

    private Refusal? CheckCollectionInitializer(ExpressionSyntax element)
    {
        RoslynSymbolInfo add = _model.GetCollectionInitializerSymbolInfo(element, _cancellationToken);
        return _policy.Check(add.Symbol);
    }

    private Refusal? CheckDeconstruction(DeconstructionInfo info)
    {
        if (_policy.Check(info.Method) is { } refusal)
        {
            return refusal;
        }

        if (info.Conversion is { IsUserDefined: true, MethodSymbol: { } conversion } && _policy.Check(conversion) is { } conversionRefusal)
        {
            return conversionRefusal;
        }

        foreach (DeconstructionInfo nested in info.Nested)
        {
            if (CheckDeconstruction(nested) is { } nestedRefusal)
            {
                return nestedRefusal;
            }
        }

        return null;
    }

    private static bool IsMethodGroup(ExpressionSyntax expression, ISymbol? symbol)
    {
        if (symbol is not IMethodSymbol || expression is not (SimpleNameSyntax or MemberAccessExpressionSyntax))
        {
            return false;
        }

        return expression.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == expression => false, // The access is the group.
            MemberBindingExpressionSyntax => false,
            InvocationExpressionSyntax invocation when invocation.Expression == expression => false,
            _ => true,
        };
    }

    private bool IsNameOf(InvocationExpressionSyntax invocation) =>
        invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" }
        && _model.GetOperation(invocation, _cancellationToken) is INameOfOperation;

    private static bool IsIn(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private void Report(Refusal refusal, Location location) => _diagnostics.Add(refusal.ToDiagnostic(location));
}
