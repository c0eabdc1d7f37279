namespace ScriptGen;

/// <summary>
/// Marks a <c>partial class</c> in a <c>.pine.cs</c> file as a strategy script (Pine's
/// <c>strategy()</c>). The generator completes the class into a <see cref="StrategyScript"/> with its
/// metadata, typed inputs, factory and call-site state.
/// </summary>
/// <example>
/// <code>
/// [Strategy("EMA Cross", Overlay = true, InitialCapital = 10_000)]
/// public partial class EmaCross { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class StrategyAttribute : Attribute
{
    /// <summary>Declares a strategy with the given title.</summary>
    public StrategyAttribute(string title) => Title = title;

    /// <summary>The title shown in reports and used to find the script by name.</summary>
    public string Title { get; }

    /// <summary>Whether the script's plots belong on the price chart. Pine's <c>overlay</c>; default false.</summary>
    public bool Overlay { get; set; }

    /// <summary>Starting cash. Pine's <c>initial_capital</c>; default 1,000,000.</summary>
    public double InitialCapital { get; set; } = 1_000_000;

    /// <summary>How an order that gives no quantity is sized. Pine's <c>default_qty_type</c>; default <see cref="QuantityType.Fixed"/>.</summary>
    public QuantityType DefaultQuantityType { get; set; }

    /// <summary>
    /// The size of an order that gives no quantity: contracts, cash or percent of equity, as
    /// <see cref="DefaultQuantityType"/> says. Pine's <c>default_qty_value</c>; default 1.
    /// </summary>
    public double DefaultQuantity { get; set; } = 1;

    /// <summary>Same-direction entries allowed at once; 0 and 1 both mean one. Pine's <c>pyramiding</c>; default 0.</summary>
    public int Pyramiding { get; set; }

    /// <summary>How <see cref="CommissionValue"/> is charged. Pine's <c>commission_type</c>; default <see cref="CommissionType.Percent"/>.</summary>
    public CommissionType CommissionType { get; set; }

    /// <summary>The commission charged on every fill (a percent, or cash). Pine's <c>commission_value</c>; default 0.</summary>
    public double CommissionValue { get; set; }

    /// <summary>Ticks by which market and stop fills move against the order. Pine's <c>slippage</c>; default 0.</summary>
    public int Slippage { get; set; }

    /// <summary>Whether orders also get a fill pass at the close of the bar that placed them. Pine's <c>process_orders_on_close</c>; default false.</summary>
    public bool ProcessOrdersOnClose { get; set; }

    /// <summary>
    /// Whether the script runs again after each fill within a bar, its state rolled back to the bar's
    /// start each time. Pine's <c>calc_on_order_fills</c>; default false. Every field of the script must
    /// then be one ScriptGen can roll back (see docs/strategy.md).
    /// </summary>
    public bool CalcOnOrderFills { get; set; }

    /// <summary>Which open trades an exit closes. Pine's <c>close_entries_rule</c>; default <see cref="ScriptGen.CloseEntriesRule.Fifo"/>.</summary>
    public CloseEntriesRule CloseEntriesRule { get; set; }

    /// <summary>Percent of a long position's value held as margin; 0 disables margin calls. Pine's <c>margin_long</c>; default 0.</summary>
    public double MarginLong { get; set; }

    /// <summary>Percent of a short position's value held as margin; 0 disables margin calls. Pine's <c>margin_short</c>; default 0.</summary>
    public double MarginShort { get; set; }

    /// <summary>The yearly risk-free rate in percent, for the Sharpe and Sortino ratios. Pine's <c>risk_free_rate</c>; default 2.</summary>
    public double RiskFreeRate { get; set; } = 2;

    /// <summary>Ticks price must trade through a limit before it fills. Pine's <c>backtest_fill_limits_assumption</c>; default 0.</summary>
    public int BacktestFillLimitsAssumption { get; set; }

    /// <summary>
    /// Whether orders fill along lower-timeframe bars of the same symbol inside each bar, which the run passes as
    /// <see cref="RunOptions.MagnifierBars"/>. Pine's <c>use_bar_magnifier</c>; default false.
    /// </summary>
    public bool UseBarMagnifier { get; set; }

    /// <summary>History kept by each <see cref="Series{T}"/>. Pine's <c>max_bars_back</c>; default 5000.</summary>
    public int MaxBarsBack { get; set; } = 5000;
}
