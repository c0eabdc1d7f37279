using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Finds the stateful call sites whose series the runs of a sweep may compute once and share: those whose value on
/// every bar is a function of the bars and of some of the script's inputs alone, so runs with equal values of those
/// inputs compute equal series. A site qualifies when
/// <list type="bullet">
/// <item>it runs on every bar: written in <c>Process()</c> itself, outside any condition (an <c>if</c>'s own condition
/// is evaluated on every bar), loop or <c>try</c>, and before any <c>return</c> or <c>goto</c> (a site skipped on some
/// bars has a history that depends on why);</item>
/// <item>its value is of an unmanaged type (the shared series is an array of it);</item>
/// <item>every argument depends only on constants, the bar series (<c>open</c> ... <c>bar_index</c> and their
/// history), <c>syminfo</c>, the script's inputs (an <c>[Input]</c> member, or a member set from <c>input.*</c> in
/// <c>Setup()</c> and nowhere else), locals assigned once from such values, other
/// qualifying sites, and pure operations on them (operators, conversions, <c>math</c>'s plain functions,
/// <c>na</c>/<c>nz</c>, <see cref="System.Math"/>).</item>
/// </list>
/// Anything else (the strategy's state, fields, a series field, a user method) is a dependency no key can name, so
/// the site is computed by every run, as before. The key of a site is the inputs its arguments read.
/// </summary>
internal sealed class SharedCallSites
{
    private static readonly HashSet<string> s_barValueTypes = new()
    {
        "ScriptGen.PriceSeries", "ScriptGen.TimeSeries", "ScriptGen.BarIndexSeries", "ScriptGen.SymbolInfo",
    };

    private readonly ParseContext _parse;
    private readonly CallSites _calls;
    private readonly Dictionary<string, InputSpec> _memberInputs = new();
    private readonly Dictionary<SyntaxNode, int> _callByNode = new();
    private readonly Dictionary<int, SortedSet<int>?> _siteKeys = new();
    private readonly Dictionary<ISymbol, SortedSet<int>?> _localKeys = new(SymbolEqualityComparer.Default);
    private readonly EveryBarSites _everyBar;
    private readonly SyntaxNode _body;

    private SharedCallSites(ParseContext parse, CallSites calls, InputList inputs, EveryBarSites everyBar)
    {
        _parse = parse;
        _calls = calls;
        _everyBar = everyBar;
        _body = everyBar.Body;
        foreach (InputSpec input in inputs)
        {
            _memberInputs[input.Name] = input;
        }

        for (int i = 0; i < calls.Invocations.Count; i++)
        {
            _callByNode[calls.Invocations[i]] = i;
        }
    }

    /// <summary>The shareable sites among <paramref name="calls"/>, numbered in call order.</summary>
    public static EquatableArray<SharedCallSpec> Find(ParseContext parse, CallSites calls, InputList inputs, EveryBarSites? everyBar)
    {
        if (everyBar is null)
        {
            return EquatableArray<SharedCallSpec>.Empty;
        }

        var sites = new SharedCallSites(parse, calls, inputs, everyBar);
        var shared = new List<SharedCallSpec>();
        for (int i = 0; i < calls.Intercepted.Count; i++)
        {
            parse.CancellationToken.ThrowIfCancellationRequested();
            if (sites.SiteKey(i) is { } key && sites.ValueType(i) is { } valueType)
            {
                string[] names = key.Select(index => inputs.First(input => input.Index == index).Name).ToArray();
                shared.Add(new SharedCallSpec(i, shared.Count, valueType, names.ToEquatableArray()));
            }
        }

        return shared.ToEquatableArray();
    }

    private string? ValueType(int call) =>
        _parse.SemanticModel.GetOperation(_calls.Invocations[call], _parse.CancellationToken) is IInvocationOperation invocation
            ? SymbolNames.FullyQualified(invocation.TargetMethod.ReturnType)
            : null;

    /// <summary>The inputs (by index) call <paramref name="call"/>'s arguments read, or null when the site cannot be shared.</summary>
    private SortedSet<int>? SiteKey(int call)
    {
        if (_siteKeys.TryGetValue(call, out SortedSet<int>? known))
        {
            return known;
        }

        _siteKeys[call] = null;
        InterceptedCallSpec spec = _calls.Intercepted[call];
        InvocationExpressionSyntax node = _calls.Invocations[call];
        if (spec.Kind != InterceptKind.Namespace || spec.SlotIndex < 0 || !_everyBar.RunsEveryBar(node) ||
            _parse.SemanticModel.GetOperation(node, _parse.CancellationToken) is not IInvocationOperation invocation ||
            !invocation.TargetMethod.ReturnType.IsUnmanagedType)
        {
            return null;
        }

        SortedSet<int>? key = new();
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            key = Union(key, Depends(argument.Value));
        }

        _siteKeys[call] = key;
        return key;
    }

    /// <summary>The inputs <paramref name="operation"/>'s value depends on, or null when it depends on anything but bars, inputs and constants.</summary>
    private SortedSet<int>? Depends(IOperation? operation)
    {
        if (operation is null)
        {
            return null;
        }

        if (operation.ConstantValue.HasValue || operation is IDefaultValueOperation)
        {
            return new SortedSet<int>();
        }

        return operation switch
        {
            IConversionOperation conversion when RuntimeMembers.IsBuiltInOrRuntime(conversion.OperatorMethod) => Depends(conversion.Operand),
            IParenthesizedOperation parenthesized => Depends(parenthesized.Operand),
            IBinaryOperation binary when RuntimeMembers.IsBuiltInOrRuntime(binary.OperatorMethod) => Union(Depends(binary.LeftOperand), Depends(binary.RightOperand)),
            IUnaryOperation unary when RuntimeMembers.IsBuiltInOrRuntime(unary.OperatorMethod) => Depends(unary.Operand),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional =>
                Union(Union(Depends(conditional.Condition), Depends(conditional.WhenTrue)), Depends(whenFalse)),
            ILocalReferenceOperation local => LocalKey(local.Local),
            IPropertyReferenceOperation property => PropertyKey(property),
            IFieldReferenceOperation { Field.ContainingType.IsTupleType: true } item => Depends(item.Instance),
            IFieldReferenceOperation { Instance: IInstanceReferenceOperation } field => InputKey(field.Field),
            IInvocationOperation invocation => InvocationKey(invocation),
            ITupleOperation tuple => tuple.Elements.Aggregate((SortedSet<int>?)new SortedSet<int>(), (key, element) => Union(key, Depends(element))),
            _ => null,
        };
    }

    private SortedSet<int>? PropertyKey(IPropertyReferenceOperation reference)
    {
        IPropertySymbol property = reference.Property;
        if (reference.Instance is IInstanceReferenceOperation)
        {
            if (InputKey(property) is { } input)
            {
                return input;
            }

            return KnownTypes.Is(property.ContainingType, _parse.Types.Script) && IsBarMember(property.Name)
                ? new SortedSet<int>()
                : null;
        }

        // A bar series' history (close[1]), syminfo's fields, a field of a value a shared site returned.
        INamedTypeSymbol owner = property.ContainingType;
        bool pureOwner = s_barValueTypes.Contains(owner.ToDisplayString()) ||
                         (owner.IsValueType && owner.IsUnmanagedType && RuntimeMembers.IsRuntime(owner)) || owner.IsTupleType;
        if (!pureOwner)
        {
            return null;
        }

        SortedSet<int>? key = Depends(reference.Instance);
        foreach (IArgumentOperation argument in reference.Arguments)
        {
            key = Union(key, Depends(argument.Value));
        }

        return key;
    }

    /// <summary>
    /// The key of a member of the script that holds an input: an <c>[Input]</c> member never written, or a member set from
    /// an <c>input.*</c> call in <c>Setup()</c> and written nowhere else, so it holds the run's input value on every bar.
    /// </summary>
    private SortedSet<int>? InputKey(ISymbol member) =>
        InputHolders.Of(_parse, _memberInputs, member) is { } input ? new SortedSet<int> { input.Index } : null;

    private SortedSet<int>? InvocationKey(IInvocationOperation invocation)
    {
        if (invocation.Syntax is InvocationExpressionSyntax syntax && _callByNode.TryGetValue(syntax, out int call))
        {
            return SiteKey(call);
        }

        IMethodSymbol method = invocation.TargetMethod;
        bool pure = _parse.Types.IsPlainCall(method) ||
                    (method.IsStatic && KnownTypes.Is(method.ContainingType, _parse.Types.Script) && method.Name is "na" or "nz") ||
                    (method.IsStatic && method.ContainingType.ToDisplayString() is "System.Math" or "System.MathF");
        if (!pure)
        {
            return null;
        }

        SortedSet<int>? key = new();
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            key = Union(key, Depends(argument.Value));
        }

        return key;
    }

    /// <summary>
    /// The key of a local read by an argument: declared in <c>Process()</c> by a declaration or deconstruction that
    /// runs every bar, never written again, and its value's key.
    /// </summary>
    private SortedSet<int>? LocalKey(ILocalSymbol local)
    {
        if (_localKeys.TryGetValue(local, out SortedSet<int>? known))
        {
            return known;
        }

        _localKeys[local] = null;
        if (local.DeclaringSyntaxReferences is not [{ } reference] || !_body.Span.Contains(reference.Span) || IsWritten(_body, local))
        {
            return null;
        }

        ExpressionSyntax? value = reference.GetSyntax(_parse.CancellationToken) switch
        {
            VariableDeclaratorSyntax { Initializer.Value: { } initializer, Parent.Parent: LocalDeclarationStatementSyntax } => initializer,
            SingleVariableDesignationSyntax designation => DeconstructedValue(designation),
            _ => null,
        };
        if (value is null || !_everyBar.RunsEveryBar(value))
        {
            return null;
        }

        SortedSet<int>? key = Depends(_parse.SemanticModel.GetOperation(value, _parse.CancellationToken));
        _localKeys[local] = key;
        return key;
    }

    /// <summary>The right side of the deconstruction <c>var (a, b) = ...</c> or <c>(var a, var b) = ...</c> that declares a local.</summary>
    private static ExpressionSyntax? DeconstructedValue(SingleVariableDesignationSyntax designation)
    {
        SyntaxNode child = designation;
        foreach (SyntaxNode ancestor in designation.Ancestors())
        {
            switch (ancestor)
            {
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left == child:
                    return assignment.Right;
                case ParenthesizedVariableDesignationSyntax or DeclarationExpressionSyntax or ArgumentSyntax or TupleExpressionSyntax:
                    child = ancestor;
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="symbol"/> is assigned, incremented or passed by reference anywhere in <paramref name="scope"/>.</summary>
    private bool IsWritten(SyntaxNode scope, ISymbol symbol) => InputHolders.Writes(_parse, scope, symbol) > 0;

    /// <summary>The bar's values: its prices, its time and index, and the symbol's information.</summary>
    private static bool IsBarMember(string name) => RuntimeMembers.IsBarPrice(name) || name is "time" or "bar_index" or "syminfo";

    private static SortedSet<int>? Union(SortedSet<int>? left, SortedSet<int>? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        var union = new SortedSet<int>(left);
        union.UnionWith(right);
        return union;
    }
}
