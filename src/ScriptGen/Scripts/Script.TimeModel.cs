using ScriptGen.Namespaces;

namespace ScriptGen;

public abstract partial class Script
{
    /// <summary>Pine's <c>timeframe</c>: the bars' timeframe (<c>timeframe.Period</c>, <c>timeframe.IsDaily</c>, ...) and timeframe strings.</summary>
    protected PineTimeframe timeframe => new(this);

    /// <summary>Pine's <c>barstate</c>: <c>barstate.IsFirst</c>, <c>barstate.IsLast</c>, ...</summary>
    protected PineBarState barstate => new(this);

    /// <summary>The Pine timeframe of the bars being run.</summary>
    internal Timeframe ChartTimeframe => _runContext?.Bars.Period
        ?? throw new InvalidOperationException(
            "The bars' timeframe is unknown: a single bar has no spacing to infer it from. Give it with BarDataOptions.Period (for example Timeframe.Parse(\"D\")).");
}
