using ScriptGen.Running;

namespace ScriptGen;

/// <summary>
/// What a strategy run produced: the closed and open trades, the per-bar equity curve, the plots and
/// the Strategy Tester's performance summary.
/// </summary>
public sealed class StrategyResult : IndicatorResult
{
    private StrategyResult(
        ScriptMetadata script,
        Bars bars,
        IReadOnlyList<PlotResult> plots,
        StrategySettings settings,
        SymbolInfo symbol,
        IReadOnlyList<Trade> closedTrades,
        IReadOnlyList<Trade> openTrades,
        ReadOnlyMemory<double> equity)
        : base(script, bars, plots)
    {
        Settings = settings;
        Symbol = symbol;
        ClosedTrades = closedTrades;
        OpenTrades = openTrades;
        Equity = equity;
        Summary = PerformanceSummary.Compute(closedTrades, openTrades, equity.Span, settings.InitialCapital);
    }

    /// <summary>The trading settings the run used.</summary>
    public StrategySettings Settings { get; }

    /// <summary>The symbol the run traded.</summary>
    public SymbolInfo Symbol { get; }

    /// <summary>The closed trades, in order of entry.</summary>
    public IReadOnlyList<Trade> ClosedTrades { get; }

    /// <summary>The trades still open after the last bar, marked at its close.</summary>
    public IReadOnlyList<Trade> OpenTrades { get; }

    /// <summary>Equity at each bar's close: initial capital + net profit + open profit.</summary>
    public ReadOnlyMemory<double> Equity { get; }

    /// <summary>The performance summary.</summary>
    public PerformanceSummary Summary { get; }

    internal static new StrategyResult From(Script script, RunContext context)
    {
        var strategy = (StrategyScript)script;
        return new StrategyResult(
            script.GetMetadata(),
            context.Bars,
            CollectPlots(script),
            strategy.Broker.Settings,
            context.Options.Symbol,
            strategy.Broker.ClosedTrades,
            strategy.FinalOpenTrades,
            strategy.Broker.EquityCurve);
    }
}
