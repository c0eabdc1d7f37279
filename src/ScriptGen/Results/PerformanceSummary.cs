namespace ScriptGen;

/// <summary>
/// The Strategy Tester's performance summary, computed from the trades and the equity curve. Every
/// formula is stated on its property; money is in the symbol's currency.
/// </summary>
public sealed record PerformanceSummary
{
    /// <summary>Sum of the closed trades' profits.</summary>
    public double NetProfit { get; init; }

    /// <summary><see cref="NetProfit"/> as a percent of initial capital.</summary>
    public double NetProfitPercent { get; init; }

    /// <summary>Sum of the profits of the winning closed trades (profit &gt; 0).</summary>
    public double GrossProfit { get; init; }

    /// <summary>Sum of the losses of the losing closed trades (profit &lt; 0), as a positive number.</summary>
    public double GrossLoss { get; init; }

    /// <summary><see cref="GrossProfit"/> / <see cref="GrossLoss"/>; na when there is no loss.</summary>
    public double ProfitFactor { get; init; }

    /// <summary>
    /// The largest fall of the equity curve (sampled at each bar's close) from its highest value so
    /// far, initial capital included: max over bars of (peak − equity).
    /// </summary>
    public double MaxDrawdown { get; init; }

    /// <summary>The largest such fall as a percent of the peak it fell from.</summary>
    public double MaxDrawdownPercent { get; init; }

    /// <summary>Open P&amp;L of the trades still open after the last bar.</summary>
    public double OpenProfit { get; init; }

    /// <summary>The number of closed trades.</summary>
    public int TotalClosedTrades { get; init; }

    /// <summary>The number of trades still open after the last bar.</summary>
    public int TotalOpenTrades { get; init; }

    /// <summary>Closed trades with profit &gt; 0.</summary>
    public int WinningTrades { get; init; }

    /// <summary>Closed trades with profit &lt; 0.</summary>
    public int LosingTrades { get; init; }

    /// <summary>Closed trades with profit exactly 0.</summary>
    public int EvenTrades { get; init; }

    /// <summary><see cref="WinningTrades"/> / <see cref="TotalClosedTrades"/> × 100; na without closed trades.</summary>
    public double PercentProfitable { get; init; }

    /// <summary><see cref="NetProfit"/> / <see cref="TotalClosedTrades"/>; na without closed trades.</summary>
    public double AverageTrade { get; init; }

    /// <summary><see cref="GrossProfit"/> / <see cref="WinningTrades"/>; na without winners.</summary>
    public double AverageWinningTrade { get; init; }

    /// <summary><see cref="GrossLoss"/> / <see cref="LosingTrades"/> (positive); na without losers.</summary>
    public double AverageLosingTrade { get; init; }

    /// <summary><see cref="AverageWinningTrade"/> / <see cref="AverageLosingTrade"/>; na when either is.</summary>
    public double RatioAverageWinToAverageLoss { get; init; }

    /// <summary>The largest profit of a closed trade (0 without winners).</summary>
    public double LargestWinningTrade { get; init; }

    /// <summary>The largest loss of a closed trade, as a positive number (0 without losers).</summary>
    public double LargestLosingTrade { get; init; }

    /// <summary>Mean of exit bar − entry bar over the closed trades; na without closed trades.</summary>
    public double AverageBarsInTrade { get; init; }

    /// <summary>Computes the summary.</summary>
    /// <param name="closedTrades">The closed trades.</param>
    /// <param name="openTrades">The trades open after the last bar, marked at its close.</param>
    /// <param name="equity">Equity at each bar's close.</param>
    /// <param name="initialCapital">Starting cash.</param>
    public static PerformanceSummary Compute(
        IReadOnlyList<Trade> closedTrades, IReadOnlyList<Trade> openTrades, ReadOnlySpan<double> equity, double initialCapital)
    {
        double grossProfit = 0, grossLoss = 0, largestWin = 0, largestLoss = 0;
        int winners = 0, losers = 0, even = 0;
        long barsHeld = 0;
        foreach (Trade trade in closedTrades)
        {
            barsHeld += trade.BarsHeld;
            if (trade.Profit > 0)
            {
                winners++;
                grossProfit += trade.Profit;
                largestWin = Math.Max(largestWin, trade.Profit);
            }
            else if (trade.Profit < 0)
            {
                losers++;
                grossLoss -= trade.Profit;
                largestLoss = Math.Max(largestLoss, -trade.Profit);
            }
            else
            {
                even++;
            }
        }

        double openProfit = 0;
        foreach (Trade trade in openTrades)
        {
            openProfit += trade.Profit;
        }

        (double drawdown, double drawdownPercent) = MaxDrawdownOf(equity, initialCapital);
        int total = closedTrades.Count;
        double netProfit = grossProfit - grossLoss;
        double averageWin = winners == 0 ? double.NaN : grossProfit / winners;
        double averageLoss = losers == 0 ? double.NaN : grossLoss / losers;
        return new PerformanceSummary
        {
            NetProfit = netProfit,
            NetProfitPercent = netProfit / initialCapital * 100,
            GrossProfit = grossProfit,
            GrossLoss = grossLoss,
            ProfitFactor = grossLoss == 0 ? double.NaN : grossProfit / grossLoss,
            MaxDrawdown = drawdown,
            MaxDrawdownPercent = drawdownPercent,
            OpenProfit = openProfit,
            TotalClosedTrades = total,
            TotalOpenTrades = openTrades.Count,
            WinningTrades = winners,
            LosingTrades = losers,
            EvenTrades = even,
            PercentProfitable = total == 0 ? double.NaN : 100.0 * winners / total,
            AverageTrade = total == 0 ? double.NaN : netProfit / total,
            AverageWinningTrade = averageWin,
            AverageLosingTrade = averageLoss,
            RatioAverageWinToAverageLoss = averageWin / averageLoss,
            LargestWinningTrade = largestWin,
            LargestLosingTrade = largestLoss,
            AverageBarsInTrade = total == 0 ? double.NaN : (double)barsHeld / total,
        };
    }

    private static (double Amount, double Percent) MaxDrawdownOf(ReadOnlySpan<double> equity, double initialCapital)
    {
        double peak = initialCapital, amount = 0, percent = 0;
        foreach (double value in equity)
        {
            peak = Math.Max(peak, value);
            double fall = peak - value;
            amount = Math.Max(amount, fall);
            percent = Math.Max(percent, fall / peak * 100);
        }

        return (amount, percent);
    }
}
