namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// The sample's RSI Strategy written by hand: TradingView's RSI (<see cref="HandRsi"/>), a market entry long
/// when it crosses up through the oversold level and short when it crosses down through the overbought level,
/// filled at the next open and reversing the position (<see cref="HandAccount"/>).
/// </summary>
internal static class RsiStrategyHandLoop
{
    public static HandStrategyResult Run(HandBars bars, HandSymbol symbol, double quantity, int length, double oversold, double overbought)
    {
        long[] time = bars.Time;
        double[] open = bars.Open, high = bars.High, low = bars.Low, close = bars.Close;
        var equity = new double[close.Length];
        var account = new HandAccount(symbol.InitialCapital, symbol.PointValue);
        double halfTick = symbol.HalfTick;

        // No RSI before bar length, and its first value never crosses: flat until bar length + 1.
        var rsi = new HandRsi(close, length);
        var crosses = new HandLevelCrosses(oversold, overbought);
        crosses.Add(rsi.Value);
        equity.AsSpan(0, length + 1).Fill(symbol.InitialCapital);

        int pending = 0;
        for (int i = length + 1; i < close.Length; i++)
        {
            account.MarketOrderBar(pending, quantity, i, time[i], open[i], high[i], low[i], close[i], halfTick);

            rsi.Add(close[i], close[i - 1]);
            crosses.Add(rsi.Value);
            pending = Signal(crosses);
            equity[i] = account.EquityAt(close[i]);
        }

        return account.Finish(bars, equity);
    }

    /// <summary>+1 after a cross up through the oversold level, -1 after one down through the overbought level (an na RSI never crosses).</summary>
    internal static int Signal(in HandLevelCrosses crosses)
    {
        if (crosses.CrossedUp && crosses.CrossedDown)
        {
            throw new InvalidOperationException("Both RSI crosses on one bar (oversold above overbought?): the hand loop orders one entry per bar.");
        }

        return crosses.CrossedUp ? 1 : crosses.CrossedDown ? -1 : 0;
    }
}
