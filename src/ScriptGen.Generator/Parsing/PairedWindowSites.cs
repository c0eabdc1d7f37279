using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Pairs a <c>ta.sma</c> call site with a later <c>ta.stdev</c> one that averages the same window (Bollinger Bands:
/// <c>ta.Sma(close, Length)</c>, then <c>ta.Stdev(close, Length)</c>), so the inline bar loop keeps one rolling window for
/// both: the deviation's state holds the window's sum, which is the average's own machine on the same values, so the
/// average is read from it to the bit (<c>PairedWindowCalls</c> in the runtime).
/// </summary>
/// <remarks>
/// A pair needs both calls on every bar of <c>Process()</c> (<see cref="EveryBarSites"/>), the average first, so that on
/// each bar the average's call feeds the window before the deviation's reads it; the same bar column for the source (the
/// script's <c>close</c> ..., whose value cannot change between the calls); and the same length, a constant or the same
/// input or other member that cannot be assigned in <c>Process()</c>. Only the inline loop pairs (a run calling
/// <c>Process()</c> keeps a state per call), and only with a runtime that has the paired adapters.
/// </remarks>
internal static class PairedWindowSites
{
    private const string SmaState = "global::ScriptGen.Ta.SmaState";
    private const string StdevState = "global::ScriptGen.Ta.StdevState";
    private const string Adapters = "ScriptGen.CompilerServices.PairedWindowCalls";

    /// <summary>Sets the pairing on each <c>ta.sma</c> site of <paramref name="calls"/> that has a <c>ta.stdev</c> partner.</summary>
    public static void Mark(ParseContext parse, CallSites calls, EveryBarSites? everyBar)
    {
        if (everyBar is null || parse.SemanticModel.Compilation.GetTypeByMetadataName(Adapters) is null)
        {
            return;
        }

        var partnered = new System.Collections.Generic.HashSet<int>();
        for (int average = 0; average < calls.Intercepted.Count; average++)
        {
            if (!IsCandidate(calls, average, SmaState, everyBar))
            {
                continue;
            }

            for (int deviation = 0; deviation < calls.Intercepted.Count; deviation++)
            {
                if (!partnered.Contains(deviation) && IsCandidate(calls, deviation, StdevState, everyBar) &&
                    calls.Invocations[deviation].SpanStart > calls.Invocations[average].Span.End &&
                    SameWindow(parse, calls.Invocations[average], calls.Invocations[deviation]))
                {
                    partnered.Add(deviation);
                    InterceptedCallSpec deviationCall = calls.Intercepted[deviation];
                    calls.Intercepted[average] = calls.Intercepted[average] with
                    {
                        PairedSlotIndex = deviationCall.SlotIndex,
                        PairedStateType = StdevState,
                        PairedCoreMethod = "global::" + Adapters + ".SmaIntoStdev",
                    };
                    calls.Intercepted[deviation] = deviationCall with { PairedCoreMethod = "global::" + Adapters + ".StdevAfterSma" };
                    break;
                }
            }
        }
    }

    /// <summary>Whether call <paramref name="index"/> is a stateful namespace call of <paramref name="stateType"/> on every bar, with the direct adapter.</summary>
    private static bool IsCandidate(CallSites calls, int index, string stateType, EveryBarSites everyBar)
    {
        InterceptedCallSpec call = calls.Intercepted[index];
        return call.Kind == InterceptKind.Namespace && call.StateType == stateType && call.DirectCoreMethod is not null &&
               !call.ReadsInPlace && call.PairedCoreMethod is null && everyBar.RunsEveryBar(calls.Invocations[index]);
    }

    /// <summary>Whether the two calls pass the same bar column as <c>source</c> and the same fixed <c>length</c>.</summary>
    private static bool SameWindow(ParseContext parse, SyntaxNode average, SyntaxNode deviation)
    {
        if (parse.SemanticModel.GetOperation(average, parse.CancellationToken) is not IInvocationOperation first ||
            parse.SemanticModel.GetOperation(deviation, parse.CancellationToken) is not IInvocationOperation second)
        {
            return false;
        }

        return BarColumnArguments.Column(parse, BarColumnArguments.ExplicitArgument(first, "source")) is { } column &&
               SymbolEqualityComparer.Default.Equals(column, BarColumnArguments.Column(parse, BarColumnArguments.ExplicitArgument(second, "source"))) &&
               FixedLength(BarColumnArguments.ExplicitArgument(first, "length")) is { } length && SameLength(length, FixedLength(BarColumnArguments.ExplicitArgument(second, "length")));
    }

    private static bool SameLength(object first, object? second) =>
        first is ISymbol symbol ? second is ISymbol other && SymbolEqualityComparer.Default.Equals(symbol, other) : first.Equals(second);

    /// <summary>
    /// What a length that cannot change between the two calls is: its constant value, or the script's own member that
    /// <c>Process()</c> cannot assign (a get-only or init-only property, a readonly field); null for anything else.
    /// </summary>
    private static object? FixedLength(IOperation? value) => value switch
    {
        { ConstantValue: { HasValue: true } constant } => constant.Value,
        IPropertyReferenceOperation { Instance: IInstanceReferenceOperation, Property: var property }
            when property.SetMethod is null or { IsInitOnly: true } && IsAutoProperty(property) => property,
        IFieldReferenceOperation { Instance: IInstanceReferenceOperation, Field: { IsReadOnly: true } field } => field,
        _ => null,
    };

    /// <summary>Whether <paramref name="property"/> is declared with accessors that have no bodies (its value is a field's, read twice alike).</summary>
    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Length == 1 &&
        property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors } &&
        accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null);
}
