using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// The <c>strategy.Exit</c> calls in <c>Process()</c>'s body that pass the same arguments on every call: each is a
/// constant (a literal, a named constant, a parameter left to its default) or one of the script's inputs
/// (<see cref="InputHolders"/>), or a pure operation on them (the language's operators and conversions, a conditional).
/// Pine scripts call <c>strategy.exit</c> on every bar; the inline loop gives each such call a field of its own
/// (<c>ExitCallSite</c>) that lets it return at once while the broker would, without passing its arguments down to be
/// compared (<c>StrategyCalls.Exit</c>). A call whose arguments read anything else (the position, a price, a field) is
/// left as written.
/// </summary>
internal static class ExitCallSites
{
    public static IReadOnlyList<InvocationExpressionSyntax> Find(ParseContext parse, SyntaxNode body, InputList inputs)
    {
        var sites = new List<InvocationExpressionSyntax>();
        if (parse.Types.StrategyCalls is null || parse.Types.PineStrategy is null)
        {
            return sites; // a runtime without the adapter
        }

        Dictionary<string, InputSpec> inputsByName = inputs.ToDictionary(input => input.Name, input => input);
        foreach (InvocationExpressionSyntax invocation in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Exit" } &&
                parse.SemanticModel.GetOperation(invocation, parse.CancellationToken) is IInvocationOperation call &&
                KnownTypes.Is(call.TargetMethod.ContainingType, parse.Types.PineStrategy) && call.TargetMethod.Name == "Exit" &&
                IsOwnStrategy(parse, call.Instance) &&
                call.Arguments.All(argument => IsRunConstant(parse, inputsByName, argument.Value)))
            {
                sites.Add(invocation);
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
