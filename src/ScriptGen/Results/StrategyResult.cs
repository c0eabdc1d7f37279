using ScriptGen.Trading;

namespace ScriptGen;

/// <summary>
/// What a strategy run produced: the closed and open trades, the per-bar equity curve, the plots and
/// the Strategy Tester's performance summary.
/// </summary>
public sealed class StrategyResult : IndicatorResult
{
    private readonly Broker _broker;
    private PerformanceSummary? _summary;

    private StrategyResult(ScriptMetadata script, Bars bars, Script run, Broker broker, SymbolInfo symbol)
        : base(script, bars, run, symbol)
    {
        _broker = broker;
        Symbol = symbol;
    }

    /// <summary>The trading settings the run used.</summary>
    public StrategySettings Settings => _broker.Settings;

    /// <summary>The symbol the run traded.</summary>
    public SymbolInfo Symbol { get; }

    /// <summary>The closed trades, in the order they closed.</summary>
    public IReadOnlyList<Trade> ClosedTrades => _broker.ClosedTradeList;

    /// <summary>The closed trades as the run keeps them (values; a trade becomes an object when read).</summary>
    internal ClosedTradeStore ClosedTradeValues => _broker.ClosedTradeList;

    /// <summary>The trades still open after the last bar, oldest first, marked at its close.</summary>
    public IReadOnlyList<Trade> OpenTrades => _broker.OpenTradeList;

    /// <summary>
    /// Equity at each bar's close, after the bar's fills: initial capital + net profit + open profit. Empty when the run did
    /// not record it (<see cref="RunOptions.RecordEquity"/> false); <see cref="Summary"/> is complete either way.
    /// </summary>
    public ReadOnlyMemory<double> Equity => _broker.EquityCurve;

    /// <summary>The performance summary (computed on first use).</summary>
    public PerformanceSummary Summary => _summary ??= PerformanceSummary.Compute(_broker, Bars, Symbol);

    internal static new StrategyResult From(Script script, RunContext context)
    {
        var strategy = (StrategyScript)script;
        return new StrategyResult(script.GetMetadata(), context.Bars, script, strategy.Broker, context.Options.Symbol);
    }
}
