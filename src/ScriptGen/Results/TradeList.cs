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

    internal TradeList(List<Trade> trades) => _trades = trades;

    /// <summary>The number of trades.</summary>
    public int Count => _trades?.Count ?? 0;

    /// <summary>The trade at <paramref name="index"/>, oldest first (Pine's <c>trade_num</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in 0..Count-1.</exception>
    public Trade this[int index] => _trades is not null && (uint)index < (uint)_trades.Count
        ? _trades[index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"A trade number must be in 0..{Count - 1}; there are {Count} trades.");

    /// <summary>A struct enumerator: <c>foreach</c> over a <see cref="TradeList"/> allocates nothing.</summary>
    public List<Trade>.Enumerator GetEnumerator() => (_trades ?? []).GetEnumerator();

    IEnumerator<Trade> IEnumerable<Trade>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
