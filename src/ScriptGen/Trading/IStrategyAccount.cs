namespace ScriptGen.Trading;

/// <summary>
/// A read-only view of one strategy run's account, as Pine's <c>strategy.*</c> variables show it: the
/// position, equity and profit, and the trades. What a <see cref="Namespaces.StrategyNamespace"/> override
/// reads to decide on an order (through <see cref="IOrderBook.Account"/>). Values are those of the moment
/// it is read: the bar's close while the script runs, a path point in a re-run after a fill.
/// </summary>
public interface IStrategyAccount
{
    /// <summary>The run's trading settings.</summary>
    StrategySettings Settings { get; }

    /// <summary>The traded symbol.</summary>
    SymbolInfo Symbol { get; }

    /// <summary>Starting cash. Pine's <c>strategy.initial_capital</c>.</summary>
    double InitialCapital { get; }

    /// <summary>Signed position: positive long, negative short, 0 flat. Pine's <c>strategy.position_size</c>.</summary>
    double PositionSize { get; }

    /// <summary>Quantity-weighted average entry price of the open position; na when flat. Pine's <c>strategy.position_avg_price</c>.</summary>
    double PositionAveragePrice { get; }

    /// <summary>The entry id of the oldest open trade; null when flat. Pine's <c>strategy.position_entry_name</c>.</summary>
    string? PositionEntryName { get; }

    /// <summary>Initial capital + net profit + open profit. Pine's <c>strategy.equity</c>.</summary>
    double Equity { get; }

    /// <summary>Profit of all closed trades, commission included. Pine's <c>strategy.netprofit</c>.</summary>
    double NetProfit { get; }

    /// <summary>Profit of the open trades at the last mark, entry commission included. Pine's <c>strategy.openprofit</c>.</summary>
    double OpenProfit { get; }

    /// <summary>The open trades, oldest first. Pine's <c>strategy.opentrades</c>.</summary>
    TradeList OpenTrades { get; }

    /// <summary>The closed trades, in the order they closed. Pine's <c>strategy.closedtrades</c>.</summary>
    TradeList ClosedTrades { get; }
}
