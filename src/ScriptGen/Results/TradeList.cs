using System.Collections;

namespace ScriptGen;

/// <summary>
/// A read-only view of the broker's trades (Pine's <c>strategy.closedtrades</c> / <c>strategy.opentrades</c>):
/// <c>Count</c>, an indexer, and a <c>foreach</c> that allocates nothing. It reads the live list, so a
/// view kept across bars shows the trades of the bar it is read on.
/// </summary>
public readonly struct TradeList : IReadOnlyList<Trade>
{
    private readonly List<Trade>? _trades;
    private readonly Trading.TradeLedger? _openOf; // The ledger whose open trades _trades are: told when one is handed out.
    private readonly Trading.ClosedTradeStore? _closed;
    private readonly int _notKeptCount; // Closed trades of a run that does not keep them: only how many.
    private readonly bool _notKept;

    /// <summary>A ledger's open trades, live: reading one hands its object out (<see cref="Trade.HandedOut"/>).</summary>
    internal TradeList(Trading.TradeLedger ledger)
    {
        _trades = ledger.Open;
        _openOf = ledger;
    }

    internal TradeList(Trading.ClosedTradeStore closed) => _closed = closed;

    private TradeList(int notKeptCount)
    {
        _notKeptCount = notKeptCount;
        _notKept = true;
    }

    /// <summary>The number of trades.</summary>
    public int Count => _notKept ? _notKeptCount : _closed?.Count ?? _trades?.Count ?? 0;

    /// <summary>The trade at <paramref name="index"/>, oldest first (Pine's <c>trade_num</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in 0..Count-1.</exception>
    /// <exception cref="ScriptEngineException">The run does not keep closed trades (<see cref="RunOptions.RecordTrades"/> false).</exception>
    public Trade this[int index] => _closed is not null && (uint)index < (uint)_closed.Count
        ? _closed[index]
        : _trades is not null && (uint)index < (uint)_trades.Count
        ? HandOut(_trades[index], _openOf)
        : _notKept
            ? throw Trading.Broker.TradesNotRecorded()
            : throw OutOfRange(index, Count);

    /// <summary>
    /// A struct enumerator: <c>foreach</c> over a <see cref="TradeList"/> allocates nothing but, over closed trades, the
    /// objects of those not read before (a run keeps closed trades as values; each becomes an object once).
    /// </summary>
    /// <exception cref="ScriptEngineException">The run does not keep closed trades (<see cref="RunOptions.RecordTrades"/> false).</exception>
    public List<Trade>.Enumerator GetEnumerator() =>
        _notKept ? throw Trading.Broker.TradesNotRecorded() : (_closed?.AsList() ?? HandOut(_trades, _openOf) ?? []).GetEnumerator();

    /// <summary>What reading trade <paramref name="index"/> of <paramref name="count"/> throws when it is not one of them.</summary>
    internal static ArgumentOutOfRangeException OutOfRange(int index, int count) =>
        new(nameof(index), index, $"A trade number must be in 0..{count - 1}; there are {count} trades.");

    /// <summary>The closed trades of a run that does not keep them: <see cref="Count"/> says how many, reading one throws.</summary>
    internal static TradeList NotKept(int count) => new(count);

    // An open trade read through the list stays that trade's object: the broker does not reuse it once it closes.
    private static Trade HandOut(Trade trade, Trading.TradeLedger? openOf)
    {
        trade.HandedOut = true;
        openOf?.OpenTradeHandedOut();
        return trade;
    }

    private static List<Trade>? HandOut(List<Trade>? trades, Trading.TradeLedger? openOf)
    {
        foreach (Trade trade in trades ?? [])
        {
            HandOut(trade, openOf);
        }

        return trades;
    }

    IEnumerator<Trade> IEnumerable<Trade>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
