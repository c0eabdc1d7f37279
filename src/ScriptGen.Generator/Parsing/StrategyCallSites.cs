using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// The <c>strategy.Exit</c>, <c>strategy.Cancel</c> and <c>strategy.CancelAll</c> calls in <c>Process()</c>'s body that pass
/// the same arguments on every call: each is a constant (a literal, a named constant, a parameter left to its default) or
/// one of the script's inputs (<see cref="InputHolders"/>), or a pure operation on them (the language's operators and
/// conversions, a conditional). Pine scripts make such calls on every bar; the inline loop gives each a field of its own
/// (<c>OrderCallSite</c>) that lets it return at once when the call would change nothing, without passing its arguments
/// down (<c>StrategyCalls</c>): an exit the broker would return as a repeat, a cancel with the order book as the last one
/// left it. A call whose arguments read anything else (the position, a price, a field) is left as written.
/// </summary>
internal static class StrategyCallSites
{
    /// <summary>The <c>PineStrategy</c> methods with an adapter in the runtime's <c>StrategyCalls</c> of the same name.</summary>
    private static readonly string[] s_methods = { "Exit", "Cancel", "CancelAll" };

    /// <summary>The qualifying calls in <paramref name="body"/>, each with its method's name.</summary>
    public static IReadOnlyList<(InvocationExpressionSyntax Call, string Method)> Find(ParseContext parse, SyntaxNode body, InputList inputs)
    {
        var sites = new List<(InvocationExpressionSyntax, string)>();
        if (parse.Types.StrategyCalls is null || parse.Types.PineStrategy is null)
        {
            return sites; // a runtime without the adapter
        }

        Dictionary<string, InputSpec> inputsByName = inputs.ToDictionary(input => input.Name, input => input);
        foreach (InvocationExpressionSyntax invocation in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (invocation.Expression is MemberAccessExpressionSyntax access && s_methods.Contains(access.Name.Identifier.ValueText) &&
                parse.SemanticModel.GetOperation(invocation, parse.CancellationToken) is IInvocationOperation call &&
                KnownTypes.Is(call.TargetMethod.ContainingType, parse.Types.PineStrategy) && s_methods.Contains(call.TargetMethod.Name) &&
                parse.Types.StrategyCalls.GetMembers(call.TargetMethod.Name).Length > 0 &&
                IsOwnStrategy(parse, call.Instance) &&
                call.Arguments.All(argument => IsRunConstant(parse, inputsByName, argument.Value)))
            {
                sites.Add((invocation, call.TargetMethod.Name));
            }
        }

        return sites;
    }

    /// <summary>The script's own <c>strategy</c> (or <c>this.strategy</c>).</summary>
    private static bool IsOwnStrategy(ParseContext parse, IOperation? receiver) =>
        receiver is IPropertyReferenceOperation { Property.Name: "strategy", Instance: IInstanceReferenceOperation } property &&
        KnownTypes.Is(property.Property.ContainingType, parse.Types.StrategyScript);

    /// <summary>Whether <paramref name="operation"/> has the same value on every call of the run.</summary>
    private static bool IsRunConstant(ParseContext parse, IReadOnlyDictionary<string, InputSpec> inputs, IOperation? operation)
    {
        if (operation is null)
        {
            return false;
        }

        if (operation.ConstantValue.HasValue || operation is IDefaultValueOperation)
        {
            return true;
        }

        return operation switch
        {
            // The language's operators and conversions only: the runtime's (a bar price read as its value) read the bar.
            IConversionOperation { OperatorMethod: null } conversion => IsRunConstant(parse, inputs, conversion.Operand),
            IParenthesizedOperation parenthesized => IsRunConstant(parse, inputs, parenthesized.Operand),
            IUnaryOperation { OperatorMethod: null } unary => IsRunConstant(parse, inputs, unary.Operand),
            IBinaryOperation { OperatorMethod: null } binary =>
                IsRunConstant(parse, inputs, binary.LeftOperand) && IsRunConstant(parse, inputs, binary.RightOperand),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional =>
                IsRunConstant(parse, inputs, conditional.Condition) && IsRunConstant(parse, inputs, conditional.WhenTrue) &&
                IsRunConstant(parse, inputs, whenFalse),
            IPropertyReferenceOperation { Instance: IInstanceReferenceOperation } property => InputHolders.Of(parse, inputs, property.Property) is not null,
            IFieldReferenceOperation { Instance: IInstanceReferenceOperation } field => InputHolders.Of(parse, inputs, field.Field) is not null,
            _ => false,
        };
    }
}
