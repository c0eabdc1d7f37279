namespace ScriptGen;

/// <summary>
/// The running statistics of a set of closed trades (all, longs or shorts): the one place a trade is
/// counted as winning, losing or even and its profit summed. The broker adds each trade as it closes,
/// so <c>strategy.wintrades</c>, <c>grossprofit</c>, ... read it at once, and
/// <see cref="TradeStatistics"/> is derived from it after the run without passing over the trades again.
/// </summary>
/// <remarks>A mutable struct kept in a field and updated in place: never copy it to update it.</remarks>
internal struct TradeTally
{
    /// <summary>Closed trades.</summary>
    public int Count;

    /// <summary>Closed trades with profit &gt; 0.</summary>
    public int Winners;

    /// <summary>Closed trades with profit &lt; 0.</summary>
    public int Losers;

    /// <summary>Closed trades with profit exactly 0.</summary>
    public int Evens;

    /// <summary>Σ profit, in closing order: Pine's <c>strategy.netprofit</c>.</summary>
    public double NetProfit;

    /// <summary>Σ profit of the winners.</summary>
    public double GrossProfit;

    /// <summary>−Σ profit of the losers (positive).</summary>
    public double GrossLoss;

    /// <summary>Σ commission (entry and exit).</summary>
    public double Commission;

    /// <summary>Σ <see cref="Trade.ProfitPercent"/> of all, of the winners, and −Σ of the losers.</summary>
    public double PercentSum;
    public double WinPercentSum;
    public double LossPercentSum;

    /// <summary>The largest profit and the largest loss (positive), and the largest percents among winners and losers.</summary>
    public double LargestWin;
    public double LargestLoss;
    public double LargestWinPercent;
    public double LargestLossPercent;

    /// <summary>Σ bars held, of all, of the winners, of the losers.</summary>
    public long Bars;
    public long WinBars;
    public long LossBars;

    /// <summary>Counts <paramref name="trade"/>, just closed.</summary>
    public void Add(Trade trade)
    {
        double profit = trade.Profit;
        double percent = trade.ProfitPercent;
        int bars = trade.BarsHeld;
        Count++;
        NetProfit += profit;
        Bars += bars;
        Commission += trade.Commission;
        PercentSum += percent;
        if (profit > 0)
        {
            Winners++;
            GrossProfit += profit;
            WinBars += bars;
            WinPercentSum += percent;
            LargestWin = Math.Max(LargestWin, profit);
            LargestWinPercent = Math.Max(LargestWinPercent, percent);
        }
        else if (profit < 0)
        {
            Losers++;
            GrossLoss -= profit;
            LossBars += bars;
            LossPercentSum -= percent;
            LargestLoss = Math.Max(LargestLoss, -profit);
            LargestLossPercent = Math.Max(LargestLossPercent, -percent);
        }
        else
        {
            Evens++;
        }
    }
}
