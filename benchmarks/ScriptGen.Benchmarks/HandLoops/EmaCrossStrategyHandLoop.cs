namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// The sample's EMA Cross strategy written by hand: the indicator math of
/// <see cref="EmaCrossHandLoop"/> plus the bookkeeping ScriptGen's broker does for it.
/// </summary>
/// <remarks>
/// Bookkeeping, as in <c>src/ScriptGen/Trading/Broker*.cs</c>: a cross places a market order that
/// fills at the next bar's open; an order against the position closes it and opens the reverse in
/// the same fill; an order in the position's direction is ignored (pyramiding 1); while a position
/// is open, its trade's highest and lowest price and the equity's max drawdown and run-up follow
/// TradingView's four-point path (open, nearer extreme, farther extreme, close) and the fills;
/// equity = initial capital + closed profit + open profit, recorded at every bar's close; closed
/// trades go to a list; a position still open at the end is marked at the last close. Profit uses
/// the broker's operation order, <c>(exit - entry) * quantity * side * pointValue</c>, so sums match
/// to the bit.
/// </remarks>
internal static class EmaCrossStrategyHandLoop
{
    public static HandStrategyResult Run(
        long[] time, double[] open, double[] high, double[] low, double[] close, double tick, int fastLength, int slowLength,
        double initialCapital, double quantity, double pointValue, bool recordDrawdown = true)
    {
        if (fastLength > slowLength || close.Length < slowLength)
        {
            throw new ArgumentException("The hand loop needs fast length <= slow length <= bar count.");
        }

        var emas = new ComputedEmas(close, fastLength, slowLength);
        return Run(time, open, high, low, close, tick, slowLength, ref emas, initialCapital, quantity, pointValue, recordDrawdown);
    }

    /// <summary>
    /// The same strategy reading EMAs computed beforehand (<see cref="EmaSeries"/>): what a hand-written sweep that
    /// computes each length's EMA once for all its runs does.
    /// </summary>
    public static HandStrategyResult Run(
        long[] time, double[] open, double[] high, double[] low, double[] close, double tick, double[] fastEma, double[] slowEma, int slowLength,
        double initialCapital, double quantity, double pointValue, bool recordDrawdown = true)
    {
        var emas = new PrecomputedEmas(fastEma, slowEma);
        return Run(time, open, high, low, close, tick, slowLength, ref emas, initialCapital, quantity, pointValue, recordDrawdown);
    }

    /// <summary>The EMA of <paramref name="close"/> on every bar from <paramref name="length"/> - 1 on (NaN before), as the loop computes it.</summary>
    public static double[] EmaSeries(double[] close, int length)
    {
        var ema = new double[close.Length];
        ema.AsSpan(0, length - 1).Fill(double.NaN);
        double alpha = 2.0 / (length + 1);
        double value = EmaCrossHandLoop.Seed(close, length);
        ema[length - 1] = value;
        for (int i = length; i < close.Length; i++)
        {
            value += alpha * (close[i] - value);
            ema[i] = value;
        }

        return ema;
    }

    // Generic over a struct so the JIT compiles one loop per EMA source with the source's code inlined. Without
    // recordDrawdown (a sweep's lean run, RunOptions.RecordDrawdown false) the path is not followed: no trade extremes, no
    // equity samples, drawdown and run-up na.
    private static HandStrategyResult Run<TEmas>(
        long[] time, double[] open, double[] high, double[] low, double[] close, double tick, int slowLength, ref TEmas emas,
        double initialCapital, double quantity, double pointValue, bool recordDrawdown)
        where TEmas : struct, IEmaPair
    {
        int count = close.Length;
        var equity = new double[count];
        var trades = new List<HandTrade>();
        double netProfit = 0;
        int position = 0; // +1 long, -1 short, 0 flat
        int pending = 0; // the direction of the order to fill at the next open, 0 for none
        int entryBar = 0;
        long entryTime = 0;
        double entryPrice = 0, highest = 0, lowest = 0;
        var extremes = new HandEquityExtremes(initialCapital);

        // Warm-up: no signal before both EMAs exist (bar slowLength - 1, which never fires), so flat.
        int first = slowLength - 1;
        emas.Start(first);
        double fast = emas.Fast, slow = emas.Slow;
        bool wasAtOrBelow = fast <= slow;
        bool wasAtOrAbove = fast >= slow;
        equity.AsSpan(0, first + 1).Fill(initialCapital);

        for (int i = first + 1; i < count; i++)
        {
            // The bar opens: last bar's order fills.
            double o = open[i];
            if (position != 0 && recordDrawdown)
            {
                highest = Math.Max(highest, o);
                lowest = Math.Min(lowest, o);
                extremes.Sample(initialCapital + netProfit + (o - entryPrice) * quantity * position * pointValue);
            }

            if (pending != 0 && pending != position)
            {
                if (position != 0)
                {
                    double profit = (o - entryPrice) * quantity * position * pointValue;
                    netProfit += profit;
                    trades.Add(new HandTrade(position, quantity, entryBar, entryTime, entryPrice, i, time[i], o, profit, highest, lowest));
                }

                position = pending;
                entryBar = i;
                entryTime = time[i];
                entryPrice = o;
                highest = lowest = recordDrawdown ? o : double.NaN;
                if (recordDrawdown)
                {
                    extremes.Sample(initialCapital + netProfit + (o - entryPrice) * quantity * position * pointValue);
                }
            }

            // The rest of the bar's path, with the position it holds.
            if (position != 0 && recordDrawdown)
            {
                double h = high[i], l = low[i], c = close[i];
                bool highFirst = (o - l) - (h - o) > 0.5 * tick;
                double nearer = highFirst ? h : l, farther = highFirst ? l : h;
                highest = Math.Max(highest, h);
                lowest = Math.Min(lowest, l);
                if (nearer != o)
                {
                    extremes.Sample(initialCapital + netProfit + (nearer - entryPrice) * quantity * position * pointValue);
                }

                if (farther != nearer)
                {
                    extremes.Sample(initialCapital + netProfit + (farther - entryPrice) * quantity * position * pointValue);
                }

                if (c != farther)
                {
                    extremes.Sample(initialCapital + netProfit + (c - entryPrice) * quantity * position * pointValue);
                }
            }

            pending = 0;

            // The bar closes: the script's body.
            double x = close[i];
            emas.Advance(i, x);
            fast = emas.Fast;
            slow = emas.Slow;
            if (fast > slow && wasAtOrBelow)
            {
                pending = 1;
            }

            if (fast < slow && wasAtOrAbove)
            {
                pending = -1;
            }

            wasAtOrBelow = fast <= slow;
            wasAtOrAbove = fast >= slow;

            double openProfit = position == 0 ? 0 : (x - entryPrice) * quantity * position * pointValue;
            equity[i] = initialCapital + netProfit + openProfit;
        }

        HandTrade? openTrade = null;
        if (position != 0)
        {
            int last = count - 1;
            double mark = (close[last] - entryPrice) * quantity * position * pointValue;
            openTrade = new HandTrade(position, quantity, entryBar, entryTime, entryPrice, last, time[last], close[last], mark, highest, lowest);
        }

        return new HandStrategyResult(trades, openTrade, equity, netProfit, recordDrawdown
            ? new HandExtremes(extremes.MaxDrawdown, extremes.MaxDrawdownPercent, extremes.MaxRunUp, extremes.MaxRunUpPercent)
            : new HandExtremes(double.NaN, double.NaN, double.NaN, double.NaN));
    }

    /// <summary>Where the loop's two EMAs come from on each bar.</summary>
    internal interface IEmaPair
    {
        double Fast { get; }

        double Slow { get; }

        /// <summary>Both EMAs at bar <paramref name="bar"/>, the first bar both exist.</summary>
        void Start(int bar);

        /// <summary>Both EMAs at bar <paramref name="bar"/>, whose close is <paramref name="close"/>.</summary>
        void Advance(int bar, double close);
    }

    /// <summary>The EMAs computed in the loop, as a one-off hand loop does.</summary>
    private struct ComputedEmas(double[] close, int fastLength, int slowLength) : IEmaPair
    {
        private readonly double _fastAlpha = 2.0 / (fastLength + 1), _slowAlpha = 2.0 / (slowLength + 1);

        public double Fast { get; private set; }

        public double Slow { get; private set; }

        public void Start(int bar)
        {
            double fast = EmaCrossHandLoop.Seed(close, fastLength);
            for (int i = fastLength; i <= bar; i++)
            {
                fast += _fastAlpha * (close[i] - fast);
            }

            Fast = fast;
            Slow = EmaCrossHandLoop.Seed(close, slowLength);
        }

        public void Advance(int bar, double close)
        {
            Fast += _fastAlpha * (close - Fast);
            Slow += _slowAlpha * (close - Slow);
        }
    }

    /// <summary>The EMAs read from series computed beforehand.</summary>
    private struct PrecomputedEmas(double[] fastEma, double[] slowEma) : IEmaPair
    {
        public double Fast { get; private set; }

        public double Slow { get; private set; }

        public void Start(int bar) => Advance(bar, double.NaN);

        public void Advance(int bar, double close)
        {
            Fast = fastEma[bar];
            Slow = slowEma[bar];
        }
    }
}
