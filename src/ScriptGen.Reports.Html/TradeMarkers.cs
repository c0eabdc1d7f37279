namespace ScriptGen.Reports.Html;

/// <summary>
/// The entry and exit markers of a strategy's trades, one per candle and kind: a candle that holds several
/// fills of a kind (pyramided entries, or many trades in an aggregated candle) gets one marker that lists
/// them, at the first one's price.
/// </summary>
internal sealed class TradeMarkers
{
    private TradeMarkers(MarkerGroup longEntries, MarkerGroup shortEntries, MarkerGroup exits)
    {
        LongEntries = longEntries;
        ShortEntries = shortEntries;
        Exits = exits;
    }

    public MarkerGroup LongEntries { get; }

    public MarkerGroup ShortEntries { get; }

    public MarkerGroup Exits { get; }

    public static TradeMarkers From(StrategyResult result, CandleBuckets buckets, ReportNumbers numbers)
    {
        var longEntries = new MarkerGroup.Builder();
        var shortEntries = new MarkerGroup.Builder();
        var exits = new MarkerGroup.Builder();
        foreach (Trade trade in result.ClosedTrades.Concat(result.OpenTrades).OrderBy(t => t.EntryBar).ThenBy(t => t.Number))
        {
            string side = trade.Direction == Direction.Long ? "long" : "short";
            (trade.Direction == Direction.Long ? longEntries : shortEntries).Add(
                buckets.CandleOf(trade.EntryBar),
                trade.EntryPrice,
                $"#{trade.Number} {side} entry {Html.Encode(trade.EntrySignal)} @ {numbers.Price(trade.EntryPrice)} × {ReportNumbers.Number(trade.Quantity)}");
        }

        foreach (Trade trade in result.ClosedTrades.OrderBy(t => t.ExitBar).ThenBy(t => t.Number))
        {
            exits.Add(
                buckets.CandleOf(trade.ExitBar),
                trade.ExitPrice,
                $"#{trade.Number} exit {Html.Encode(trade.ExitSignal)} @ {numbers.Price(trade.ExitPrice)}, P&amp;L {numbers.Money(trade.Profit)}");
        }

        return new TradeMarkers(longEntries.Build(), shortEntries.Build(), exits.Build());
    }
}

/// <summary>Markers of one kind: the candle each stands on, its price and its hover text.</summary>
internal sealed record MarkerGroup(int[] Candles, double[] Prices, string[] Texts)
{
    /// <summary>Collects fills in candle order, merging those of one candle.</summary>
    public sealed class Builder
    {
        private const int ListedPerMarker = 5;
        private readonly List<int> _candles = new();
        private readonly List<double> _prices = new();
        private readonly List<List<string>> _texts = new();

        public void Add(int candle, double price, string text)
        {
            int last = _candles.Count - 1;
            if (last >= 0 && _candles[last] == candle)
            {
                _texts[last].Add(text);
                return;
            }

            _candles.Add(candle);
            _prices.Add(price);
            _texts.Add([text]);
        }

        public MarkerGroup Build() => new([.. _candles], [.. _prices], _texts.Select(Describe).ToArray());

        private static string Describe(List<string> fills) => fills.Count switch
        {
            1 => fills[0],
            <= ListedPerMarker => string.Join("<br>", fills),
            _ => string.Join("<br>", fills.Take(ListedPerMarker)) + $"<br>... and {fills.Count - ListedPerMarker} more",
        };
    }
}
