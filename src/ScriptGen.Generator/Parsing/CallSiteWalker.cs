using System.Linq;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>The call sites of one script: what to intercept, the plots, the state fields.</summary>
internal sealed class CallSites
{
    public List<InterceptedCallSpec> Intercepted { get; } = new();

    /// <summary>The invocation of each intercepted call, by the same index (for analyses after the walk; not part of the spec).</summary>
    public List<InvocationExpressionSyntax> Invocations { get; } = new();

    public List<PlotSpec> Plots { get; } = new();

    public List<ChartElementSpec> ChartElements { get; } = new();

    public List<StateFieldSpec> StateFields { get; } = new();

    /// <summary>Call sites whose state cannot be copied for a <c>calc_on_order_fills</c> rollback: where, and why.</summary>
    public List<(LocationInfo? Location, string Problem)> UncopyableStates { get; } = new();
}

/// <summary>
/// Finds every call on a namespace facade (<c>ta</c>, <c>math</c>, <c>input</c>, <c>chart</c>) in a
/// script's declaration, checks where it stands (own member, not in a loop or lambda, helpers called
/// once), and hands it to its binder. Plain calls (<c>[PlainCall]</c>, such as <c>math.Abs</c>) keep no
/// call-site state, so they are left alone.
/// </summary>
internal static class CallSiteWalker
{
    public static CallSites Walk(ParseContext parse, InputList inputs)
    {
        var calls = new CallSites();
        var helpers = new HelperRuns(parse);
        var callsByMember = new Dictionary<IMethodSymbol, List<(SyntaxNode Node, string Function)>>(SymbolEqualityComparer.Default);

        foreach (SyntaxNode node in parse.Declaration.DescendantNodes())
        {
            if (node is not InvocationExpressionSyntax invocation)
            {
                continue;
            }

            parse.CancellationToken.ThrowIfCancellationRequested();
            if (BoundMethod(parse, invocation) is not IMethodSymbol method)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(method.ContainingType, parse.Script))
            {
                helpers.AddCall(method, invocation);
                continue;
            }

            if (parse.Types.FacadeOf(method.ContainingType) is not { } facade ||
                parse.Types.IsPlainCall(method) ||
                invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                continue;
            }

            string receiverName = facade.Member;
            string function = receiverName + "." + method.Name;
            if (!IsOwnMember(parse, access.Expression, receiverName))
            {
                parse.Report(DiagnosticDescriptors.CallSiteReceiverNotScriptMember, access.Expression, function, receiverName, method.Name);
                continue;
            }

            if (RepeatingConstruct(invocation) is { } construct)
            {
                parse.Report(DiagnosticDescriptors.CallSiteInLoop, access.Name, function, construct);
                continue;
            }

            IMethodSymbol? enclosing = parse.SemanticModel.GetEnclosingSymbol(invocation.SpanStart, parse.CancellationToken) as IMethodSymbol;
            if (parse.SemanticModel.GetInterceptableLocation(invocation, parse.CancellationToken) is not { } interceptable)
            {
                parse.Report(DiagnosticDescriptors.InternalError, access.Name, parse.Script.Name, $"no interceptable location for {function}");
                continue;
            }

            var location = new InterceptLocationSpec(interceptable.Version, interceptable.Data, SymbolNames.Position(access.Name.GetLocation()));
            InterceptedCallSpec? call = receiverName switch
            {
                KnownNames.InputMember => InputCalls.Bind(parse, method, invocation, enclosing, location, inputs),
                KnownNames.ChartMember => ChartCalls.Bind(parse, method, invocation, location, calls),
                _ => NamespaceCallBinder.Bind(parse, facade, method, access, location, calls),
            };
            if (call is null)
            {
                continue;
            }

            calls.Intercepted.Add(call);
            calls.Invocations.Add(invocation);
            if (receiverName != KnownNames.InputMember && enclosing is not null)
            {
                if (!callsByMember.TryGetValue(enclosing.OriginalDefinition, out var list))
                {
                    callsByMember[enclosing.OriginalDefinition] = list = new();
                }

                list.Add((access.Name, function));
            }
        }

        ReportRepeatedMembers(parse, helpers, callsByMember);
        return calls;
    }

    /// <summary>
    /// The method <paramref name="invocation"/> calls. The generator sees the compilation without its own
    /// output, so an argument that reads a generated member (an imported indicator's <c>Plots</c>, a
    /// script's <c>InputValues</c>) has no type there and the call does not bind; the compiler, which
    /// sees the generated code, will bind it to the one overload with that many arguments. That overload
    /// is the method, so the call is intercepted like any other.
    /// </summary>
    private static IMethodSymbol? BoundMethod(ParseContext parse, InvocationExpressionSyntax invocation)
    {
        SymbolInfo info = parse.SemanticModel.GetSymbolInfo(invocation, parse.CancellationToken);
        if (info.Symbol is IMethodSymbol bound)
        {
            return bound;
        }

        if (info.CandidateReason != CandidateReason.OverloadResolutionFailure || !HasUntypedArgument(parse, invocation))
        {
            return null;
        }

        int count = invocation.ArgumentList.Arguments.Count;
        IMethodSymbol[] fitting = info.CandidateSymbols
            .OfType<IMethodSymbol>()
            .Where(m => count <= m.Parameters.Length && count >= m.Parameters.Count(p => !p.IsOptional && !p.IsParams))
            .ToArray();
        if (fitting.Length > 1)
        {
            // Overloads of one arity (chart.PlotShape(bool) and (double), chart.Fill of plots or hlines): keep those the arguments fit.
            fitting = fitting.Where(m => ArgumentsFit(parse, invocation, m)).ToArray();
        }

        return fitting.Length == 1 ? fitting[0] : null;
    }

    /// <summary>
    /// Whether the arguments of <paramref name="invocation"/> fit <paramref name="method"/>'s parameters: a typed argument
    /// converts to its parameter; an untyped one (it reads a generated member) is a condition exactly when it is a
    /// comparison, a logical operation or a pattern test, and so fits a bool parameter exactly then.
    /// </summary>
    private static bool ArgumentsFit(ParseContext parse, InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            string? name = arguments[i].NameColon?.Name.Identifier.ValueText;
            IParameterSymbol? parameter = name is null ? method.Parameters[i] : method.Parameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
            {
                return false;
            }

            ExpressionSyntax expression = arguments[i].Expression;
            ITypeSymbol? type = parse.SemanticModel.GetTypeInfo(expression, parse.CancellationToken).Type;
            bool fits = type is null or IErrorTypeSymbol
                ? IsCondition(expression) == (parameter.Type.SpecialType == SpecialType.System_Boolean)
                : parse.SemanticModel.Compilation.ClassifyConversion(type, parameter.Type).IsImplicit;
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCondition(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => IsCondition(parenthesized.Expression),
        PrefixUnaryExpressionSyntax prefix => prefix.IsKind(SyntaxKind.LogicalNotExpression),
        IsPatternExpressionSyntax => true,
        BinaryExpressionSyntax binary => binary.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
            or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.EqualsExpression
            or SyntaxKind.NotEqualsExpression or SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.IsExpression,
        _ => false,
    };

    private static bool HasUntypedArgument(ParseContext parse, InvocationExpressionSyntax invocation) =>
        invocation.ArgumentList.Arguments.Any(argument =>
            parse.SemanticModel.GetTypeInfo(argument.Expression, parse.CancellationToken).Type is null or IErrorTypeSymbol);

    /// <summary>A call site in a member that may run more than once a bar would share one state between the runs.</summary>
    private static void ReportRepeatedMembers(
        ParseContext parse, HelperRuns helpers, Dictionary<IMethodSymbol, List<(SyntaxNode Node, string Function)>> callsByMember)
    {
        helpers.AddMethodGroups(new HashSet<string>(callsByMember.Keys.Select(m => m.Name)));
        foreach (KeyValuePair<IMethodSymbol, List<(SyntaxNode Node, string Function)>> member in callsByMember)
        {
            if (helpers.WhyRepeated(member.Key) is not { } why)
            {
                continue;
            }

            string name = member.Key.AssociatedSymbol?.Name ?? (member.Key.MethodKind == MethodKind.Constructor ? parse.Script.Name : member.Key.Name);
            foreach ((SyntaxNode node, string function) in member.Value)
            {
                parse.Report(DiagnosticDescriptors.CallSiteInSharedHelper, node, function, name, why);
            }
        }
    }

    /// <summary>Whether the receiver is the script's own facade member (<c>ta</c> or <c>this.ta</c>), so the interceptor may treat its owner as this script.</summary>
    private static bool IsOwnMember(ParseContext parse, ExpressionSyntax receiver, string name)
    {
        SimpleNameSyntax? simple = receiver switch
        {
            IdentifierNameSyntax identifier => identifier,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax } member => member.Name,
            _ => null,
        };
        return simple?.Identifier.ValueText == name &&
               parse.SemanticModel.GetSymbolInfo(receiver, parse.CancellationToken).Symbol is IPropertySymbol property &&
               KnownTypes.Is(property.ContainingType, parse.Types.Script);
    }

    /// <summary>The construct that would run the call several times a bar, if any.</summary>
    internal static string? RepeatingConstruct(SyntaxNode call)
    {
        foreach (SyntaxNode ancestor in call.Ancestors())
        {
            switch (ancestor)
            {
                case ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                    return "loop";
                case AnonymousFunctionExpressionSyntax:
                    return "lambda";
                case LocalFunctionStatementSyntax:
                    return "local function";
                case QueryExpressionSyntax:
                    return "query expression";
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }
}
