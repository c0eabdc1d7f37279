namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// The sample's Supertrend Strategy written by hand: TradingView's supertrend (factor, ATR period), a market
/// entry long when its direction turns to -1 and short when it turns to 1, each sized at the signal bar's
/// close to a percent of equity, filled at the next open and reversing the position (<see cref="HandAccount"/>).
/// </summary>
/// <remarks>
/// The supertrend as the Pine reference writes it: bands <c>hl2 ± factor * atr</c>, the ATR Wilder's average
/// of the true range (the first bar's is <c>high - low</c>) seeded on bar <c>atrPeriod - 1</c>; the lower band
/// only rises and the upper band only falls while the previous close stays inside them; direction 1 (the
/// line is the upper band) until the close rises above it, then -1 until the close falls below the lower one.
/// The direction is 1 until the first ATR. Sizing (docs/strategy.md rule 16, no commission):
/// <c>equity * percent / 100 / (close * pointValue)</c>, rounded down to the quantity step.
/// </remarks>
internal static class SupertrendStrategyHandLoop
{
    public static HandStrategyResult Run(HandBars bars, HandSymbol symbol, double percentOfEquity, int atrPeriod, double factor)
    {
        long[] time = bars.Time;
        double[] open = bars.Open, high = bars.High, low = bars.Low, close = bars.Close;
        if (atrPeriod < 2 || close.Length <= atrPeriod)
        {
            throw new ArgumentException("The hand loop needs an ATR period of 2 or more and more bars than that.", nameof(atrPeriod));
        }

        var equity = new double[close.Length];
        var account = new HandAccount(symbol.InitialCapital, symbol.PointValue);
        double halfTick = symbol.HalfTick, pointValue = symbol.PointValue, quantityStep = symbol.QuantityStep;

        // Warm-up: the first ATR is on bar atrPeriod - 1, where the line starts as the upper band (direction 1).
        int first = atrPeriod - 1;
        var ranges = new double[atrPeriod];
        ranges[0] = high[0] - low[0];
        for (int i = 1; i <= first; i++)
        {
            ranges[i] = TrueRange(high[i], low[i], close[i - 1]);
        }

        double atr = HandRollingSum.Warmup(ranges) / atrPeriod;
        double hl2 = (high[first] + low[first]) / 2;
        double upper = hl2 + factor * atr, lower = hl2 - factor * atr;
        double line = upper;
        int direction = 1;
        equity.AsSpan(0, first + 1).Fill(symbol.InitialCapital);

        int pending = 0;
        double quantity = 0;
        for (int i = first + 1; i < close.Length; i++)
        {
            double h = high[i], l = low[i], c = close[i], previousClose = close[i - 1];
            account.MarketOrderBar(pending, quantity, i, time[i], open[i], h, l, c, halfTick);
            pending = 0;

            atr = (atr * (atrPeriod - 1) + TrueRange(h, l, previousClose)) / atrPeriod;
            hl2 = (h + l) / 2;
            double newUpper = hl2 + factor * atr, newLower = hl2 - factor * atr;
            newLower = newLower > lower || previousClose < lower ? newLower : lower;
            newUpper = newUpper < upper || previousClose > upper ? newUpper : upper;
            int newDirection = line == upper ? (c > newUpper ? -1 : 1) : (c < newLower ? 1 : -1);
            line = newDirection == 1 ? newUpper : newLower;
            upper = newUpper;
            lower = newLower;
            int change = newDirection - direction;
            direction = newDirection;

            equity[i] = account.EquityAt(c);
            if (change != 0)
            {
                // Sized now, from the equity and the close the script sees; an order of no units is not placed.
                quantity = HandTickGrid.Quantity(equity[i] * percentOfEquity / 100 / (c * pointValue), quantityStep);
                pending = quantity > 0 ? (change < 0 ? 1 : -1) : 0;
            }
        }

        return account.Finish(bars, equity);
    }

    private static double TrueRange(double high, double low, double previousClose) =>
        Math.Max(high - low, Math.Max(Math.Abs(high - previousClose), Math.Abs(low - previousClose)));
}
