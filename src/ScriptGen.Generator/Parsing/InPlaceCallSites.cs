using Microsoft.CodeAnalysis.Operations;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Marks the call sites whose state may read a bar column's history in place instead of keeping its own copy
/// (<c>ta.change(close, 5)</c> reads <c>close[5]</c> from the bars): the declaration has an in-place form, the site
/// runs on every bar of <c>Process()</c> (<see cref="EveryBarSites"/>), so the call's history and the column's are the
/// same values from the first bar, and the argument is the column itself: one of the script's bar series
/// (<c>open</c> ... <c>hlcc4</c>), not an expression of it, not a local holding it, not a member of the script's own.
/// Only the inline bar loop calls the in-place form; a run that calls <c>Process()</c> (a registered namespace,
/// <c>calc_on_order_fills</c>) keeps the copy, and either way the values are equal.
/// </summary>
internal static class InPlaceCallSites
{
    /// <summary>Sets <see cref="InterceptedCallSpec.ReadsInPlace"/> on the qualifying sites of <paramref name="calls"/> (none without a <c>Process()</c>).</summary>
    public static void Mark(ParseContext parse, CallSites calls, EveryBarSites? everyBar)
    {
        if (everyBar is null)
        {
            return;
        }

        for (int i = 0; i < calls.Intercepted.Count; i++)
        {
            InterceptedCallSpec call = calls.Intercepted[i];
            if (call.InPlaceCoreMethod is not null && everyBar.RunsEveryBar(calls.Invocations[i]) &&
                (call.InPlaceParameter is null || PassesColumn(parse, calls, i, call.InPlaceParameter)))
            {
                calls.Intercepted[i] = call with { ReadsInPlace = true };
            }
        }
    }

    /// <summary>Whether call <paramref name="call"/> passes one of the script's bar series itself for <paramref name="parameter"/>.</summary>
    private static bool PassesColumn(ParseContext parse, CallSites calls, int call, string parameter)
    {
        if (parse.SemanticModel.GetOperation(calls.Invocations[call], parse.CancellationToken) is not IInvocationOperation invocation)
        {
            return false;
        }

        return BarColumnArguments.Column(parse, BarColumnArguments.ExplicitArgument(invocation, parameter)) is not null;
    }
}
