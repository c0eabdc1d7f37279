namespace ScriptGen.Reports.Html;

/// <summary>
/// The fills drawn as markers: long entries, short entries and exits, each with the candle it falls in, its
/// fill price and its trade's row in the trade list (the page writes the hover text from that row and gathers
/// the fills of one drawn candle into one marker).
/// </summary>
internal sealed record TradeMarkers(MarkerGroup LongEntries, MarkerGroup ShortEntries, MarkerGroup Exits)
{
    /// <summary>The trades in trade-list order: closed ones, then open ones.</summary>
    public static IReadOnlyList<Trade> Rows(StrategyResult result) => [.. result.ClosedTrades, .. result.OpenTrades];

    public static TradeMarkers From(StrategyResult result, CandleBuckets buckets)
    {
        IReadOnlyList<Trade> rows = Rows(result);
        var longEntries = new List<(int Candle, double Price, int Row)>();
        var shortEntries = new List<(int Candle, double Price, int Row)>();
        var exits = new List<(int Candle, double Price, int Row)>();
        for (int row = 0; row < rows.Count; row++)
        {
            Trade trade = rows[row];
            (trade.Direction == Direction.Long ? longEntries : shortEntries).Add((buckets.CandleOf(trade.EntryBar), trade.EntryPrice, row));
            if (!trade.IsOpen)
            {
                exits.Add((buckets.CandleOf(trade.ExitBar), trade.ExitPrice, row));
            }
        }

        return new TradeMarkers(MarkerGroup.Of(longEntries), MarkerGroup.Of(shortEntries), MarkerGroup.Of(exits));
    }
}

/// <summary>Markers of one kind in candle order: the candle each stands on, its price, and its trade's row.</summary>
internal sealed record MarkerGroup(int[] Candles, double[] Prices, int[] Rows)
{
    public static MarkerGroup Of(List<(int Candle, double Price, int Row)> fills)
    {
        fills.Sort((a, b) => a.Candle != b.Candle ? a.Candle.CompareTo(b.Candle) : a.Row.CompareTo(b.Row));
        return new MarkerGroup(fills.Select(f => f.Candle).ToArray(), fills.Select(f => f.Price).ToArray(), fills.Select(f => f.Row).ToArray());
    }
}
