using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ScriptGen.Generator.Parsing;

/// <summary>The arguments the inline loop's shortcuts look at: one passed as written, and one that is the script's bar series itself (<c>close</c>, <c>this.hl2</c>).</summary>
internal static class BarColumnArguments
{
    /// <summary>The value <paramref name="invocation"/> passes for <paramref name="parameter"/> as written, or null (left to its default, or no such parameter).</summary>
    public static IOperation? ExplicitArgument(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameter && argument.ArgumentKind == ArgumentKind.Explicit)?.Value;

    /// <summary>
    /// The script's bar series <paramref name="value"/> passes itself for a <c>double</c> parameter (the implicit conversion
    /// of <c>close</c> or <c>this.close</c>), or null for anything else: an expression of it, a local holding it, a member of
    /// the script's own, or an explicit <c>(double)close</c> (which would not bind to an in-place form's <c>PriceSeries</c>).
    /// </summary>
    public static IPropertySymbol? Column(ParseContext parse, IOperation? value) =>
        value is IConversionOperation { IsImplicit: true, Operand: IPropertyReferenceOperation { Instance: IInstanceReferenceOperation } column } &&
        KnownTypes.Is(column.Property.ContainingType, parse.Types.Script) && column.Property.Type.ToDisplayString() == KnownNames.PriceSeries
            ? column.Property
            : null;
}
