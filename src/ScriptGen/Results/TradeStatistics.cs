namespace ScriptGen;

/// <summary>
/// The Strategy Tester's trade statistics for one side of a run: all trades, longs or shorts. Money is
/// in the symbol's currency, commission included; losses are positive amounts. A value with nothing to
/// average or divide is na (NaN). docs/strategy.md gives every formula.
/// </summary>
public sealed record TradeStatistics
{
    /// <summary>Sum of the closed trades' profits.</summary>
    public double NetProfit { get; init; }

    /// <summary><see cref="NetProfit"/> as a percent of initial capital.</summary>
    public double NetProfitPercent { get; init; }

    /// <summary>Sum of the profits of the winning closed trades (profit &gt; 0).</summary>
    public double GrossProfit { get; init; }

    /// <summary><see cref="GrossProfit"/> as a percent of initial capital.</summary>
    public double GrossProfitPercent { get; init; }

    /// <summary>Sum of the losses of the losing closed trades (profit &lt; 0), positive.</summary>
    public double GrossLoss { get; init; }

    /// <summary><see cref="GrossLoss"/> as a percent of initial capital.</summary>
    public double GrossLossPercent { get; init; }

    /// <summary><see cref="GrossProfit"/> / <see cref="GrossLoss"/>; na without a loss.</summary>
    public double ProfitFactor { get; init; }

    /// <summary>Commission paid by the closed and open trades.</summary>
    public double CommissionPaid { get; init; }

    /// <summary>The largest position held at any time, in units.</summary>
    public double MaxContractsHeld { get; init; }

    /// <summary>Margin calls (partial liquidations).</summary>
    public int MarginCalls { get; init; }

    /// <summary>Closed trades.</summary>
    public int TotalClosedTrades { get; init; }

    /// <summary>Trades still open after the last bar.</summary>
    public int TotalOpenTrades { get; init; }

    /// <summary>Profit of the open trades at the last close, entry commission included.</summary>
    public double OpenProfit { get; init; }

    /// <summary>Closed trades with profit &gt; 0.</summary>
    public int WinningTrades { get; init; }

    /// <summary>Closed trades with profit &lt; 0.</summary>
    public int LosingTrades { get; init; }

    /// <summary>Closed trades with profit exactly 0 (neither winning nor losing).</summary>
    public int EvenTrades { get; init; }

    /// <summary><see cref="WinningTrades"/> / <see cref="TotalClosedTrades"/> × 100.</summary>
    public double PercentProfitable { get; init; }

    /// <summary><see cref="NetProfit"/> / <see cref="TotalClosedTrades"/>.</summary>
    public double AverageTrade { get; init; }

    /// <summary>Mean of the closed trades' <see cref="Trade.ProfitPercent"/>.</summary>
    public double AverageTradePercent { get; init; }

    /// <summary><see cref="GrossProfit"/> / <see cref="WinningTrades"/>.</summary>
    public double AverageWinningTrade { get; init; }

    /// <summary>Mean of the winning trades' <see cref="Trade.ProfitPercent"/>.</summary>
    public double AverageWinningTradePercent { get; init; }

    /// <summary><see cref="GrossLoss"/> / <see cref="LosingTrades"/>, positive.</summary>
    public double AverageLosingTrade { get; init; }

    /// <summary>Mean of the losing trades' <see cref="Trade.ProfitPercent"/>, positive.</summary>
    public double AverageLosingTradePercent { get; init; }

    /// <summary><see cref="AverageWinningTrade"/> / <see cref="AverageLosingTrade"/>.</summary>
    public double RatioAverageWinToAverageLoss { get; init; }

    /// <summary>The largest profit of a closed trade; 0 without winners.</summary>
    public double LargestWinningTrade { get; init; }

    /// <summary>The largest <see cref="Trade.ProfitPercent"/> of a winning trade; 0 without winners.</summary>
    public double LargestWinningTradePercent { get; init; }

    /// <summary>The largest loss of a closed trade, positive; 0 without losers.</summary>
    public double LargestLosingTrade { get; init; }

    /// <summary>The largest loss of a closed trade as a percent of its entry value, positive; 0 without losers.</summary>
    public double LargestLosingTradePercent { get; init; }

    /// <summary>Mean of exit bar − entry bar over the closed trades.</summary>
    public double AverageBarsInTrade { get; init; }

    /// <summary>Mean of exit bar − entry bar over the winning trades.</summary>
    public double AverageBarsInWinningTrade { get; init; }

    /// <summary>Mean of exit bar − entry bar over the losing trades.</summary>
    public double AverageBarsInLosingTrade { get; init; }

    /// <summary>
    /// The statistics of one side: its closed trades as the broker tallied them while they closed, and its
    /// trades still open after the last bar (<paramref name="side"/> null for all).
    /// </summary>
    internal static TradeStatistics From(
        in TradeTally closed, IReadOnlyList<Trade> openTrades, Direction? side, double initialCapital, double maxContractsHeld, int marginCalls)
    {
        int open = 0;
        double openProfit = 0, commission = closed.Commission;
        for (int i = 0; i < openTrades.Count; i++)
        {
            Trade trade = openTrades[i];
            if (side is { } wanted && trade.Direction != wanted)
            {
                continue;
            }

            open++;
            openProfit += trade.Profit;
            commission += trade.Commission;
        }

        int total = closed.Count, winners = closed.Winners, losers = closed.Losers;
        double netProfit = closed.NetProfit, grossProfit = closed.GrossProfit, grossLoss = closed.GrossLoss;
        double averageWin = Ratio(grossProfit, winners);
        double averageLoss = Ratio(grossLoss, losers);
        return new TradeStatistics
        {
            NetProfit = netProfit,
            NetProfitPercent = netProfit / initialCapital * 100,
            GrossProfit = grossProfit,
            GrossProfitPercent = grossProfit / initialCapital * 100,
            GrossLoss = grossLoss,
            GrossLossPercent = grossLoss / initialCapital * 100,
            ProfitFactor = grossLoss == 0 ? double.NaN : grossProfit / grossLoss,
            CommissionPaid = commission,
            MaxContractsHeld = maxContractsHeld,
            MarginCalls = marginCalls,
            TotalClosedTrades = total,
            TotalOpenTrades = open,
            OpenProfit = openProfit,
            WinningTrades = winners,
            LosingTrades = losers,
            EvenTrades = closed.Evens,
            PercentProfitable = Ratio(100.0 * winners, total),
            AverageTrade = Ratio(netProfit, total),
            AverageTradePercent = Ratio(closed.PercentSum, total),
            AverageWinningTrade = averageWin,
            AverageWinningTradePercent = Ratio(closed.WinPercentSum, winners),
            AverageLosingTrade = averageLoss,
            AverageLosingTradePercent = Ratio(closed.LossPercentSum, losers),
            RatioAverageWinToAverageLoss = averageWin / averageLoss,
            LargestWinningTrade = closed.LargestWin,
            LargestWinningTradePercent = closed.LargestWinPercent,
            LargestLosingTrade = closed.LargestLoss,
            LargestLosingTradePercent = closed.LargestLossPercent,
            AverageBarsInTrade = Ratio(closed.Bars, total),
            AverageBarsInWinningTrade = Ratio(closed.WinBars, winners),
            AverageBarsInLosingTrade = Ratio(closed.LossBars, losers),
        };
    }

    private static double Ratio(double sum, int count) => count == 0 ? double.NaN : sum / count;
}
