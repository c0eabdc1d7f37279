using ScriptGen.Trading.Models;

namespace ScriptGen;

/// <summary>How to run a script: the symbol, trading settings that override the script's declared ones, what to record.</summary>
public sealed record RunOptions
{
    /// <summary>Default options: <see cref="SymbolInfo.Default"/>, the script's declared settings, plots recorded.</summary>
    public static RunOptions Default { get; } = new();

    /// <summary>The traded symbol (tick size, point value, currency, time zone).</summary>
    public SymbolInfo Symbol { get; init; } = SymbolInfo.Default;

    /// <summary>Trading settings replacing the ones declared on the strategy's attribute; <c>null</c> keeps those.</summary>
    public StrategySettings? Strategy { get; init; }

    /// <summary>
    /// The assumed price path inside each bar, which decides where and in what order orders fill;
    /// <c>null</c> for TradingView's (<see cref="TradingViewFillModel"/>).
    /// </summary>
    public IFillModel? FillModel { get; init; }

    /// <summary>
    /// Lower-timeframe bars of the run's symbol, for strategies that set <see cref="StrategySettings.UseBarMagnifier"/>
    /// (Pine's <c>use_bar_magnifier</c>): orders fill along the ones inside each bar, in time order, each on its own
    /// four-point path. Each must lie inside a bar of the run (from its open time to the next bar's, and within its
    /// high and low); a bar without any keeps its own four-point path (docs/strategy.md "The bar magnifier").
    /// <c>null</c> (the default) for none; giving them to a strategy without the setting is an error, and indicators
    /// do not use them.
    /// </summary>
    public Bars? MagnifierBars { get; init; }

    /// <summary>
    /// Lower-timeframe bars of the run's symbol, which indicators imported on intrabars read
    /// (<c>ImportIntrabars(inputs, timeframe: "5")</c>, Pine's <c>request.security_lower_tf</c>): built up to the
    /// requested timeframe when it is higher than theirs; each chart bar's intrabars are those opening inside it
    /// (docs/multi-timeframe.md). <c>null</c> (the default) for none. The same bars may also be the
    /// <see cref="MagnifierBars"/>.
    /// </summary>
    public Bars? LowerTimeframeBars { get; init; }

    /// <summary>
    /// Bars of other symbols, which indicators imported with a symbol read (<c>Import(inputs, symbol: "SPY")</c>, Pine's
    /// <c>request.security</c> of another symbol): each runs on its own bars, at the chart's timeframe or the one the import
    /// names, built up from them when higher (docs/multi-timeframe.md). <c>null</c> (the default) for none; a sweep over a
    /// <see cref="BarsSet"/> gives each run the whole set.
    /// </summary>
    public BarsSet? Symbols { get; init; }

    /// <summary>The commission of each filled order; <c>null</c> for the strategy's commission settings (<see cref="StrategyCommissionModel"/>).</summary>
    public ICommissionModel? CommissionModel { get; init; }

    /// <summary>The slippage of market and stop fills; <c>null</c> for the strategy's <c>Slippage</c> ticks (<see cref="TickSlippageModel"/>).</summary>
    public ISlippageModel? SlippageModel { get; init; }

    /// <summary>
    /// Whether to keep what the script draws: every plot's values and colors, and its shapes, candles, fills, bar and
    /// background colors and horizontal lines. Off (for runs that only need trades, equity or the summary), the run draws
    /// nothing: with the default <c>chart</c> namespace the drawing calls do no work (a call whose arguments only produce
    /// values is skipped whole), so the result's plots and other chart elements come back empty (no values, no colors, hlines
    /// at na, fills between no plots). A <c>chart</c> namespace registered in place of the default still gets every call, and
    /// an imported indicator still records the plots its importer reads. Default true.
    /// </summary>
    public bool RecordPlots { get; init; } = true;

    /// <summary>
    /// Whether to keep equity at every bar's close (<see cref="StrategyResult.Equity"/>, the report's equity chart).
    /// Switch off for sweeps: the run then keeps equity only at the end of each month (or day), which is all the
    /// performance summary reads, so every summary figure is the same as with the curve. Default true.
    /// </summary>
    public bool RecordEquity { get; init; } = true;

    /// <summary>
    /// Whether the broker follows each bar's intrabar path for the drawdown and run-up figures: equity sampled at the open, the
    /// high, the low and the close of every bar with a position (<see cref="PerformanceSummary.MaxDrawdown"/>,
    /// <see cref="PerformanceSummary.MaxRunUp"/> and their percents, Pine's <c>strategy.max_drawdown</c> and <c>strategy.max_runup</c>)
    /// and each trade's best and worst price (<see cref="Trade.MaxRunUp"/>, <see cref="Trade.MaxDrawdown"/>). Switch off for sweeps
    /// that rank by other figures: a bar with a position and nothing pending then costs a mark at its close; every fill, every
    /// trade and every other figure is the same, and those figures are na in the results (a script that reads them during the
    /// run, <c>strategy.max_drawdown</c> or a trade's <c>max_runup</c>, stops with a <see cref="ScriptEngineException"/> saying
    /// so). Default true.
    /// </summary>
    public bool RecordDrawdown { get; init; } = true;

    /// <summary>
    /// Whether to keep every closed trade (<see cref="StrategyResult.ClosedTrades"/>, the report's trade list, a script's
    /// <c>strategy.closedtrades.*(n)</c>); a kept trade is a 160-byte value until something reads it. Switch off for sweeps:
    /// each trade is then tallied as it closes (every summary figure is the same) and let go, so a run writes and holds no
    /// trade list. <see cref="StrategyResult.ClosedTrades"/> is then empty; a
    /// script still reads how many trades closed (<c>strategy.closedtrades</c>), and one that reads a closed trade stops
    /// with a <see cref="ScriptEngineException"/> saying so. Default true.
    /// </summary>
    public bool RecordTrades { get; init; } = true;

    /// <summary>
    /// Stops the run when cancelled, throwing <see cref="OperationCanceledException"/>: checked every 1,024 bars (a
    /// few microseconds of work apart, so the bar loop runs as fast as without a token), as each bar starts when
    /// <see cref="Limits"/> are set, and inside the loops of scripts the engine compiled as untrusted.
    /// </summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Bounds on the run's time, steps per bar and allocation per bar; <c>null</c> for none.</summary>
    public RunLimits? Limits { get; init; }

    /// <summary>
    /// Whether the bar loop is entered once per <see cref="Script.CancellationStride"/> bars rather than once for all
    /// bars. A sweep's runs do: in a process that runs many backtests the generated loop is then called often enough to
    /// be promoted to fully optimized code, where a loop entered once per run keeps running its on-stack-replacement
    /// version. A single backtest does not: its loop would run unoptimized until the promotion.
    /// </summary>
    internal bool RunsInStrides { get; init; }

    /// <summary>
    /// Whether nothing reads what the run draws: a sweep's runs, of which only the summary is kept (the best runs are run
    /// again in full). With the default <c>chart</c> namespace such a run skips the drawing calls (their arguments are
    /// still evaluated); a registered <c>chart</c> still sees every call, and an imported indicator still records the
    /// plots its importer reads.
    /// </summary>
    internal bool ChartUnread { get; init; }
}
