using ScriptGen;

namespace ScriptGen.Tests.Scripts;

// Indicators that plot Pine expressions under the exact titles TradingView's exports use as column
// headers, so a test can compare every plot with the column of the same name.

/// <summary>Moving averages of ma.csv.</summary>
[Indicator("ma.csv probe", Overlay = true)]
public partial class MovingAveragesProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Sma(close, 10), "ta.sma(close, 10)");
        chart.Plot(ta.Sma(hl2, 20), "ta.sma(hl2, 20)");
        chart.Plot(ta.Sma(hlc3, 15), "ta.sma(hlc3, 15)");
        chart.Plot(ta.Ema(close, 20), "ta.ema(close, 20)");
        chart.Plot(ta.Ema(ohlc4, 10), "ta.ema(ohlc4, 10)");
        chart.Plot(ta.Rma(hlcc4, 5), "ta.rma(hlcc4, 5)");
        chart.Plot(ta.Rma(high, 15), "ta.rma(high, 15)");
    }
}

/// <summary>RSI of mfi+rsi+stoch.csv.</summary>
[Indicator("rsi probe")]
public partial class RsiProbe
{
    protected override void Process() => chart.Plot(ta.Rsi(close, 14), "ta.rsi(close, 14)");
}

/// <summary>cross.csv: crosses of ema(close, 5) and ema(close, 11), exported as 1/0 and -1/0.</summary>
[Indicator("cross probe")]
public partial class CrossProbe
{
    protected override void Process()
    {
        double ema1 = ta.Ema(close, 5);
        double ema2 = ta.Ema(close, 11);
        chart.Plot(ta.Crossover(ema1, ema2) ? 1 : 0, "ta.crossover(ema1, ema2)");
        chart.Plot(ta.Crossunder(ema1, ema2) ? -1 : 0, "ta.crossunder(ema1, ema2)");
    }
}

/// <summary>highest+lowest.csv values (the *bars forms are not in the foundation).</summary>
[Indicator("highest/lowest probe")]
public partial class HighestLowestProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Highest(10), "ta.highest(10)");
        chart.Plot(ta.Highest(close, 10), "ta.highest(close, 10)");
        chart.Plot(ta.Lowest(10), "ta.lowest(10)");
        chart.Plot(ta.Lowest(close, 10), "ta.lowest(close, 10)");
    }
}

/// <summary>tr.csv: true range three ways and ATR.</summary>
[Indicator("tr probe")]
public partial class TrueRangeProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Tr(false), "ta.tr(false)");
        chart.Plot(ta.Tr(true), "ta.tr(true)");
        chart.Plot(ta.Tr(), "ta.tr");
        chart.Plot(ta.Atr(14), "ta.atr(14)");
    }
}

/// <summary>bb.csv: Bollinger Bands built from sma and stdev, as Pine's ta.bb is defined.</summary>
[Indicator("bb probe", Overlay = true)]
public partial class BollingerProbe
{
    protected override void Process()
    {
        double basis = ta.Sma(close, 20);
        double deviation = 2 * ta.Stdev(close, 20);
        chart.Plot(basis, "ta.bb(close, 20, 2).base");
        chart.Plot(basis + deviation, "ta.bb(close, 20, 2).upper");
        chart.Plot(basis - deviation, "ta.bb(close, 20, 2).lower");
    }
}

/// <summary>macd.csv: MACD built from ema, as Pine's ta.macd is defined.</summary>
[Indicator("macd probe")]
public partial class MacdProbe
{
    protected override void Process()
    {
        double macd = ta.Ema(close, 12) - ta.Ema(close, 26);
        double signal = ta.Ema(macd, 9);
        chart.Plot(macd, "ta.macd(close, 12, 26, 9).macd");
        chart.Plot(signal, "ta.macd(close, 12, 26, 9).signal");
        chart.Plot(macd - signal, "ta.macd(close, 12, 26, 9).hist");
    }
}
