namespace ScriptGen.Trading.Models;

/// <summary>How an order is priced, as a venue would classify it: what a commission model can charge by (maker/taker fees).</summary>
public enum OrderType
{
    /// <summary>A market order: <c>strategy.entry</c>/<c>order</c> without prices, <c>strategy.close</c>, <c>close_all</c>, a margin call.</summary>
    Market,

    /// <summary>A limit order, or the take-profit leg of <c>strategy.exit</c>: fills at its price or better.</summary>
    Limit,

    /// <summary>A stop order, or the stop-loss or trailing-stop leg of <c>strategy.exit</c>: fills at its price or worse.</summary>
    Stop,

    /// <summary>A stop-limit order (both <c>stop</c> and <c>limit</c>): once its stop trades, it fills as a limit.</summary>
    StopLimit,
}
