namespace ScriptGen.Reports.Html;

/// <summary>
/// Which bars each drawn candle covers: runs of <see cref="BarsPerCandle"/> consecutive bars (the last run
/// may be shorter), so that at most the chosen number of candles is drawn.
/// </summary>
internal readonly record struct CandleBuckets(int BarCount, int BarsPerCandle)
{
    public static CandleBuckets For(int barCount, int maxCandles) =>
        new(barCount, Math.Max(1, (int)Math.Ceiling(barCount / (double)maxCandles)));

    /// <summary>The number of candles drawn.</summary>
    public int Count => (BarCount + BarsPerCandle - 1) / BarsPerCandle;

    /// <summary>Whether candles combine several bars.</summary>
    public bool Aggregated => BarsPerCandle > 1;

    /// <summary>The candle that bar <paramref name="bar"/> falls in.</summary>
    public int CandleOf(int bar) => bar / BarsPerCandle;

    /// <summary>The first bar of candle <paramref name="candle"/>.</summary>
    public int FirstBar(int candle) => candle * BarsPerCandle;

    /// <summary>The last bar of candle <paramref name="candle"/>.</summary>
    public int LastBar(int candle) => Math.Min(BarCount, (candle + 1) * BarsPerCandle) - 1;

    /// <summary>Each candle's value: the one of its last bar (what a plot or the equity shows when the candle closes).</summary>
    public double[] Last(ReadOnlySpan<double> perBar)
    {
        var values = new double[Count];
        for (int candle = 0; candle < values.Length; candle++)
        {
            values[candle] = perBar[LastBar(candle)];
        }

        return values;
    }

    /// <summary>Each candle's lowest value (na ignored), so that aggregation never hides the worst drawdown.</summary>
    public double[] Min(ReadOnlySpan<double> perBar)
    {
        var values = new double[Count];
        for (int candle = 0; candle < values.Length; candle++)
        {
            double min = double.NaN;
            for (int bar = FirstBar(candle); bar <= LastBar(candle); bar++)
            {
                double value = perBar[bar];
                if (!double.IsNaN(value) && (double.IsNaN(min) || value < min))
                {
                    min = value;
                }
            }

            values[candle] = min;
        }

        return values;
    }

    /// <summary>Each candle's value at its first bar (an open).</summary>
    public double[] First(ReadOnlySpan<double> perBar)
    {
        var values = new double[Count];
        for (int candle = 0; candle < values.Length; candle++)
        {
            values[candle] = perBar[FirstBar(candle)];
        }

        return values;
    }

    /// <summary>Each candle's highest value (na ignored).</summary>
    public double[] Max(ReadOnlySpan<double> perBar)
    {
        var values = new double[Count];
        for (int candle = 0; candle < values.Length; candle++)
        {
            double max = double.NaN;
            for (int bar = FirstBar(candle); bar <= LastBar(candle); bar++)
            {
                double value = perBar[bar];
                if (!double.IsNaN(value) && (double.IsNaN(max) || value > max))
                {
                    max = value;
                }
            }

            values[candle] = max;
        }

        return values;
    }

    /// <summary>
    /// Each candle's last bar that <paramref name="shown"/> accepts (a shape drawn), or -1: a candle shows a shape when
    /// any of its bars does, so that aggregation never hides a signal.
    /// </summary>
    public int[] LastWhere(Func<int, bool> shown)
    {
        var bars = new int[Count];
        for (int candle = 0; candle < bars.Length; candle++)
        {
            bars[candle] = -1;
            for (int bar = LastBar(candle); bar >= FirstBar(candle); bar--)
            {
                if (shown(bar))
                {
                    bars[candle] = bar;
                    break;
                }
            }
        }

        return bars;
    }
}
