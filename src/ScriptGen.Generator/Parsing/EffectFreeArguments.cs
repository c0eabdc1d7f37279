using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Whether a call's arguments do nothing but produce their values, so a loop that does not need the call may skip
/// evaluating them (the inline bar loop's <c>chart</c> calls in a run whose drawing nobody reads). Deliberately narrow:
/// constants, locals and parameters, fields, the bar values (<c>close</c>, ... without history), the script's own
/// auto-properties (its inputs), the <c>color</c> namespace's named colors, and built-in operators and conditionals on
/// them. Anything that could throw (an integer division, a checked operation, a history read, a color built from
/// numbers that are checked), call user code (a method, a property with a body, a user-defined operator) or change
/// state (an assignment, a <c>ta</c> call) makes the call one that is always evaluated.
/// </summary>
internal static class EffectFreeArguments
{
    /// <summary>Whether evaluating every argument of <paramref name="invocation"/> has no effect but its value.</summary>
    public static bool Of(ParseContext parse, InvocationExpressionSyntax invocation) =>
        parse.SemanticModel.GetOperation(invocation, parse.CancellationToken) is IInvocationOperation call &&
        call.Arguments.All(argument => IsEffectFree(parse, argument.Value));

    private static bool IsEffectFree(ParseContext parse, IOperation? operation)
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
            IConversionOperation conversion => !conversion.IsChecked && RuntimeMembers.IsBuiltInOrRuntime(conversion.OperatorMethod) &&
                                               IsEffectFree(parse, conversion.Operand),
            IParenthesizedOperation parenthesized => IsEffectFree(parse, parenthesized.Operand),
            IBinaryOperation binary => !binary.IsChecked && binary.OperatorMethod is null && !MayThrowOrCallUserCode(binary) &&
                                       IsEffectFree(parse, binary.LeftOperand) && IsEffectFree(parse, binary.RightOperand),
            IUnaryOperation unary => !unary.IsChecked && unary.OperatorMethod is null && IsEffectFree(parse, unary.Operand),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional =>
                IsEffectFree(parse, conditional.Condition) && IsEffectFree(parse, conditional.WhenTrue) && IsEffectFree(parse, whenFalse),
            ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation => true,
            // A field of this, a static one or a struct's: never a null reference to follow.
            IFieldReferenceOperation field => field.Instance is null or IInstanceReferenceOperation ||
                                              (field.Instance.Type?.IsValueType == true && IsEffectFree(parse, field.Instance)),
            IPropertyReferenceOperation property => IsEffectFreeProperty(parse, property),
            _ => false,
        };
    }

    private static bool IsEffectFreeProperty(ParseContext parse, IPropertyReferenceOperation reference)
    {
        IPropertySymbol property = reference.Property;
        if (reference.Arguments.Length > 0)
        {
            return false; // an indexer: a history read checks its offset
        }

        if (reference.Instance is IInstanceReferenceOperation)
        {
            // The bar values and the color namespace are the runtime's; the script's own properties must be auto-properties.
            return KnownTypes.Is(property.ContainingType, parse.Types.Script)
                ? RuntimeMembers.IsBarPrice(property.Name)
                : SymbolEqualityComparer.Default.Equals(property.ContainingType, parse.Script) && IsAutoProperty(property);
        }

        // A named color of the default namespace (the loop skips only with it): color.Teal.
        return property.ContainingType.ToDisplayString() == "ScriptGen.Namespaces.ColorNamespace" && !property.IsStatic &&
               reference.Instance is IPropertyReferenceOperation { Instance: IInstanceReferenceOperation, Property.Name: "color" } &&
               property.Type.ToDisplayString() == "ScriptGen.Color";
    }

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Length > 0 &&
        property.DeclaringSyntaxReferences.All(reference =>
            reference.GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors } &&
            accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null));

    /// <summary>An integer or decimal division (by zero, it throws) or a string concatenation (it calls <c>ToString()</c>).</summary>
    private static bool MayThrowOrCallUserCode(IBinaryOperation binary) =>
        binary.Type?.SpecialType == SpecialType.System_String ||
        (binary.OperatorKind is BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder &&
         binary.Type?.SpecialType is not (SpecialType.System_Double or SpecialType.System_Single));
}
