namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// The sample's MACD Strategy written by hand: <c>macd = ema(close, fast) - ema(close, slow)</c>, its signal
/// <c>ema(macd, signal)</c>, a market entry long when <c>macd - signal</c> crosses above 0 and short when it
/// crosses below, filled at the next open and reversing the position (<see cref="HandAccount"/>).
/// </summary>
/// <remarks>
/// The EMAs are <c>ta.ema</c>'s: <c>previous + alpha * (x - previous)</c>, alpha = 2 / (n + 1), seeded with the
/// mean of the first n values (summed by TradingView's rolling sum); the signal starts from the first MACD value.
/// </remarks>
internal static class MacdStrategyHandLoop
{
    public static HandStrategyResult Run(HandBars bars, HandSymbol symbol, double quantity, int fastLength, int slowLength, int signalLength)
    {
        long[] time = bars.Time;
        double[] open = bars.Open, high = bars.High, low = bars.Low, close = bars.Close;
        if (fastLength < 2 || fastLength > slowLength || signalLength < 2 || close.Length < slowLength + signalLength)
        {
            throw new ArgumentException("The hand loop needs 2 <= fast length <= slow length, a signal length of 2 or more, and enough bars.");
        }

        var equity = new double[close.Length];
        var account = new HandAccount(symbol.InitialCapital, symbol.PointValue);
        double halfTick = symbol.HalfTick;
        double fastAlpha = 2.0 / (fastLength + 1);
        double slowAlpha = 2.0 / (slowLength + 1);
        double signalAlpha = 2.0 / (signalLength + 1);

        // Warm-up: the MACD exists from bar slow - 1, its signal from bar slow + signal - 2 (whose cross never fires).
        int macdStart = slowLength - 1;
        int first = macdStart + signalLength - 1;
        double fast = HandRollingSum.Warmup(close.AsSpan(0, fastLength)) / fastLength;
        for (int i = fastLength; i <= macdStart; i++)
        {
            fast += fastAlpha * (close[i] - fast);
        }

        double slow = HandRollingSum.Warmup(close.AsSpan(0, slowLength)) / slowLength;
        var macdSeed = new double[signalLength];
        macdSeed[0] = fast - slow;
        for (int i = macdStart + 1; i <= first; i++)
        {
            fast += fastAlpha * (close[i] - fast);
            slow += slowAlpha * (close[i] - slow);
            macdSeed[i - macdStart] = fast - slow;
        }

        double signal = HandRollingSum.Warmup(macdSeed) / signalLength;
        var crosses = new HandLevelCrosses(0, 0);
        crosses.Add(macdSeed[^1] - signal);
        equity.AsSpan(0, first + 1).Fill(symbol.InitialCapital);

        int pending = 0;
        for (int i = first + 1; i < close.Length; i++)
        {
            account.MarketOrderBar(pending, quantity, i, time[i], open[i], high[i], low[i], close[i], halfTick);

            double x = close[i];
            fast += fastAlpha * (x - fast);
            slow += slowAlpha * (x - slow);
            double macd = fast - slow;
            signal += signalAlpha * (macd - signal);
            crosses.Add(macd - signal);
            pending = crosses.CrossedUp ? 1 : crosses.CrossedDown ? -1 : 0;
            equity[i] = account.EquityAt(x);
        }

        return account.Finish(bars, equity);
    }
}
