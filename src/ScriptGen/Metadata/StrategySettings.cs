using System.Globalization;

namespace ScriptGen;

/// <summary>
/// The trading settings of a strategy: declared on <see cref="StrategyAttribute"/>, overridable per
/// run through <see cref="RunOptions.Strategy"/>. Defaults are Pine v5's <c>strategy()</c> defaults.
/// </summary>
public sealed record StrategySettings
{
    /// <summary>The settings a strategy has when it declares none: Pine v5's defaults.</summary>
    public static StrategySettings Default { get; } = new();

    /// <summary>Starting cash, in the symbol's currency. Pine's <c>initial_capital</c>; default 1,000,000.</summary>
    public double InitialCapital { get; init; } = 1_000_000;

    /// <summary>How an order that gives no quantity is sized. Pine's <c>default_qty_type</c>; default <see cref="QuantityType.Fixed"/>.</summary>
    public QuantityType DefaultQuantityType { get; init; } = QuantityType.Fixed;

    /// <summary>
    /// The size of an order that gives no quantity, read according to <see cref="DefaultQuantityType"/>:
    /// contracts, cash, or percent of equity. Pine's <c>default_qty_value</c>; default 1.
    /// </summary>
    public double DefaultQuantity { get; init; } = 1;

    /// <summary>
    /// How many entries in the same direction may be open at once. Pine's <c>pyramiding</c>; 0 and 1
    /// both allow one entry per direction, as in Pine. Default 0.
    /// </summary>
    public int Pyramiding { get; init; }

    /// <summary>How <see cref="CommissionValue"/> is charged. Pine's <c>commission_type</c>; default <see cref="CommissionType.Percent"/>.</summary>
    public CommissionType CommissionType { get; init; } = CommissionType.Percent;

    /// <summary>The commission charged on every fill (a percent, or cash). Pine's <c>commission_value</c>; default 0.</summary>
    public double CommissionValue { get; init; }

    /// <summary>Ticks by which market and stop fills move against the order (never limit fills). Pine's <c>slippage</c>; default 0.</summary>
    public int Slippage { get; init; }

    /// <summary>
    /// Whether orders placed on a bar get one more fill pass at that bar's close (market orders fill at
    /// the close instead of the next open). Pine's <c>process_orders_on_close</c>; default false.
    /// </summary>
    public bool ProcessOrdersOnClose { get; init; }

    /// <summary>
    /// Whether the script runs again on a bar after each fill along its path, standing at the tick
    /// of the fill, with its state rolled back to the bar's start before each run (docs/strategy.md
    /// rule 9). Pine's <c>calc_on_order_fills</c>; default false. Ignored when
    /// <see cref="ProcessOrdersOnClose"/> is set, as TradingView ignores it then.
    /// </summary>
    public bool CalcOnOrderFills { get; init; }

    /// <summary>Which open trades an exit closes. Pine's <c>close_entries_rule</c>; default <see cref="ScriptGen.CloseEntriesRule.Fifo"/>.</summary>
    public CloseEntriesRule CloseEntriesRule { get; init; } = CloseEntriesRule.Fifo;

    /// <summary>
    /// Percent of a long position's value the strategy must hold in equity; below it a margin call
    /// liquidates part of the position. 0 disables margin calls. Pine's <c>margin_long</c>; default 0 (Pine v5).
    /// </summary>
    public double MarginLong { get; init; }

    /// <summary>As <see cref="MarginLong"/>, for short positions. Pine's <c>margin_short</c>; default 0 (Pine v5).</summary>
    public double MarginShort { get; init; }

    /// <summary>The yearly risk-free rate, in percent, used by the Sharpe and Sortino ratios. Pine's <c>risk_free_rate</c>; default 2.</summary>
    public double RiskFreeRate { get; init; } = 2;

    /// <summary>
    /// Ticks price must trade through a limit order's price before it fills (at its price). Pine's
    /// <c>backtest_fill_limits_assumption</c>; default 0.
    /// </summary>
    public int BacktestFillLimitsAssumption { get; init; }

    /// <summary>
    /// Whether orders fill along the lower-timeframe bars inside each bar (<see cref="RunOptions.MagnifierBars"/>), each
    /// walked on its own open, nearer extreme, other extreme and close, instead of the bar's one four-point path
    /// (docs/strategy.md "The bar magnifier"). Pine's <c>use_bar_magnifier</c>; default false. A run with it on needs
    /// <see cref="RunOptions.MagnifierBars"/>.
    /// </summary>
    public bool UseBarMagnifier { get; init; }

    /// <summary>
    /// When a price <c>strategy.entry</c>'s reversal is sized (docs/strategy.md rule 11): when it is placed, as
    /// TradingView does (the default), or when it fills (ScriptGen before issue #20). Not a Pine setting: set it
    /// per run through <see cref="RunOptions.Strategy"/>.
    /// </summary>
    public ReversalSizing ReversalSizing { get; init; } = ReversalSizing.WhenPlaced;

    /// <summary>The number of same-direction entries allowed at once (at least one).</summary>
    internal int MaxEntriesPerDirection => Math.Max(1, Pyramiding);

    /// <summary>Checks the settings, naming the first invalid one and what would be valid.</summary>
    /// <exception cref="ScriptEngineException">A setting out of its range.</exception>
    internal void Validate(string scriptTitle)
    {
        RequirePositive(scriptTitle, nameof(InitialCapital), InitialCapital);
        RequirePositive(scriptTitle, nameof(DefaultQuantity), DefaultQuantity);
        RequireDefined(scriptTitle, nameof(DefaultQuantityType), DefaultQuantityType);
        RequireDefined(scriptTitle, nameof(CommissionType), CommissionType);
        RequireDefined(scriptTitle, nameof(CloseEntriesRule), CloseEntriesRule);
        RequireDefined(scriptTitle, nameof(ReversalSizing), ReversalSizing);
        Require(scriptTitle, nameof(Pyramiding), Pyramiding >= 0, Pyramiding, "0 or more");
        Require(scriptTitle, nameof(CommissionValue), CommissionValue >= 0 && double.IsFinite(CommissionValue), CommissionValue, "0 or a positive finite number");
        Require(scriptTitle, nameof(Slippage), Slippage >= 0, Slippage, "0 or more ticks");
        Require(scriptTitle, nameof(MarginLong), MarginLong >= 0 && double.IsFinite(MarginLong), MarginLong, "0 (no margin calls) or a positive percent");
        Require(scriptTitle, nameof(MarginShort), MarginShort >= 0 && double.IsFinite(MarginShort), MarginShort, "0 (no margin calls) or a positive percent");
        Require(scriptTitle, nameof(RiskFreeRate), double.IsFinite(RiskFreeRate), RiskFreeRate, "a finite percent");
        Require(scriptTitle, nameof(BacktestFillLimitsAssumption), BacktestFillLimitsAssumption >= 0, BacktestFillLimitsAssumption, "0 or more ticks");
    }

    private static void RequirePositive(string scriptTitle, string setting, double value) =>
        Require(scriptTitle, setting, value > 0 && double.IsFinite(value), value, "a positive finite number");

    private static void RequireDefined<TEnum>(string scriptTitle, string setting, TEnum value)
        where TEnum : struct, Enum =>
        Require(scriptTitle, setting, Enum.IsDefined(value), value, "one of " + string.Join(", ", Enum.GetNames<TEnum>()));

    private static void Require<T>(string scriptTitle, string setting, bool valid, T value, string expected)
    {
        if (!valid)
        {
            throw new ScriptEngineException(string.Create(
                CultureInfo.InvariantCulture, $"Strategy '{scriptTitle}': {setting} must be {expected}; got {value}."));
        }
    }
}
