using ScriptGen;

namespace ScriptGen.Tests.Scripts;

// One indicator per file of tests/data/tradingview/ta: each plots every Pine expression of its file
// under the exact title TradingView's export uses as the column header, so a test compares every plot
// with the column of the same name (and fails on a column no plot covers). Booleans are plotted as
// the numbers the export holds for them. Where a header does not spell the whole expression
// ("correlation", "median(close)", the ema1/ema2 of cross.csv), the expression is the one of the
// PyneCore test that published the file (tests/t01_lib/t20_ta/test_*.py of github.com/PyneSys/pynecore).

/// <summary>ma.csv: every moving average.</summary>
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
        chart.Plot(ta.Alma(close, 5, 0.85, 6), "ta.alma(close, 5, 0.85, 6)");
        chart.Plot(ta.Alma(close, 10, 0.55, 12), "ta.alma(close, 10, 0.55, 12)");
        chart.Plot(ta.Wma(close, 5), "ta.wma(close, 5)");
        chart.Plot(ta.Wma(close, 20), "ta.wma(close, 20)");
        chart.Plot(ta.Hma(close, 9), "ta.hma(close, 9)");
        chart.Plot(ta.Hma(close, 20), "ta.hma(close, 20)");
        chart.Plot(ta.Swma(hlc3), "ta.swma(hlc3)");
        chart.Plot(ta.Vwma(close, 20), "ta.vwma(close, 20)");
    }
}

/// <summary>mfi+rsi+stoch.csv.</summary>
[Indicator("mfi+rsi+stoch probe")]
public partial class MfiRsiStochProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Mfi(close, 14), "ta.mfi(close, 14)");
        chart.Plot(ta.Rsi(close, 14), "ta.rsi(close, 14)");
        chart.Plot(ta.Stoch(close, high, low, 20), "ta.stoch(close, high, low, 20)");
    }
}

/// <summary>cci+cmo+cog.csv.</summary>
[Indicator("cci+cmo+cog probe")]
public partial class CciCmoCogProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Cmo(close, 20), "ta.cmo(close, 20)");
        chart.Plot(ta.Cci(close, 20), "ta.cci(close, 20)");
        chart.Plot(ta.Cog(close, 21), "ta.cog(close, 21)");
    }
}

/// <summary>wpr.csv.</summary>
[Indicator("wpr probe")]
public partial class WprProbe
{
    protected override void Process() => chart.Plot(ta.Wpr(20), "ta.wpr(20)");
}

/// <summary>macd.csv: the tuple, deconstructed.</summary>
[Indicator("macd probe")]
public partial class MacdProbe
{
    protected override void Process()
    {
        var (macd, signal, histogram) = ta.Macd(close, 12, 26, 9);
        chart.Plot(macd, "ta.macd(close, 12, 26, 9).macd");
        chart.Plot(signal, "ta.macd(close, 12, 26, 9).signal");
        chart.Plot(histogram, "ta.macd(close, 12, 26, 9).hist");
    }
}

/// <summary>bb.csv: the Bollinger tuple and the width.</summary>
[Indicator("bb probe", Overlay = true)]
public partial class BollingerProbe
{
    protected override void Process()
    {
        (double middle, double upper, double lower) = ta.Bb(close, 20, 2);
        chart.Plot(middle, "ta.bb(close, 20, 2).base");
        chart.Plot(upper, "ta.bb(close, 20, 2).upper");
        chart.Plot(lower, "ta.bb(close, 20, 2).lower");
        chart.Plot(ta.Bbw(close, 20, 2.1), "ta.bbw(close, 20, 2.1)");
    }
}

/// <summary>highest+lowest.csv: values and offsets, one- and two-argument forms.</summary>
[Indicator("highest/lowest probe")]
public partial class HighestLowestProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Highest(10), "ta.highest(10)");
        chart.Plot(ta.Highest(close, 10), "ta.highest(close, 10)");
        chart.Plot(ta.Lowest(10), "ta.lowest(10)");
        chart.Plot(ta.Lowest(close, 10), "ta.lowest(close, 10)");
        chart.Plot(ta.HighestBars(10), "ta.highestbars(10)");
        chart.Plot(ta.HighestBars(close, 10), "ta.highestbars(close, 10)");
        chart.Plot(ta.LowestBars(10), "ta.lowestbars(10)");
        chart.Plot(ta.LowestBars(close, 10), "ta.lowestbars(close, 10)");
    }
}

/// <summary>range.csv.</summary>
[Indicator("range probe")]
public partial class RangeProbe
{
    protected override void Process() => chart.Plot(ta.Range(close, 20), "ta.range(close, 20)");
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

/// <summary>min+max+median+mode.csv: all-time min and max, median and mode over 20 bars (test_201).</summary>
[Indicator("min+max+median+mode probe")]
public partial class MinMaxMedianModeProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Min(close), "min(close)");
        chart.Plot(ta.Max(close), "max(close)");
        chart.Plot(ta.Median(close, 20), "median(close)");
        chart.Plot(ta.Mode(close, 20), "mode(close)");
    }
}

/// <summary>correlation.csv: correlation of sma(close, 20) and ema(close, 10) over 20 bars (test_101).</summary>
[Indicator("correlation probe")]
public partial class CorrelationProbe
{
    protected override void Process() =>
        chart.Plot(ta.Correlation(ta.Sma(close, 20), ta.Ema(close, 10), 20), "correlation");
}

/// <summary>linreg.csv.</summary>
[Indicator("linreg probe", Overlay = true)]
public partial class LinregProbe
{
    protected override void Process()
    {
        chart.Plot(ta.LinReg(close, 20, 0), "ta.linreg(close, 20, 0)");
        chart.Plot(ta.LinReg(close, 20, 10), "ta.linreg(close, 20, 10)");
    }
}

/// <summary>cross.csv: crosses of ema(close, 5) and ema(close, 11), exported as 0.5/0, 1/0 and -1/0 (test_111).</summary>
[Indicator("cross probe")]
public partial class CrossProbe
{
    protected override void Process()
    {
        double ema1 = ta.Ema(close, 5);
        double ema2 = ta.Ema(close, 11);
        chart.Plot(ta.Cross(ema1, ema2) ? 0.5 : 0, "ta.cross(ema1, ema2)");
        chart.Plot(ta.Crossover(ema1, ema2) ? 1 : 0, "ta.crossover(ema1, ema2)");
        chart.Plot(ta.Crossunder(ema1, ema2) ? -1 : 0, "ta.crossunder(ema1, ema2)");
    }
}

/// <summary>falling+rising.csv: of ema(close, 20), exported as -1/0 and 1/0 (test_131).</summary>
[Indicator("falling+rising probe")]
public partial class FallingRisingProbe
{
    protected override void Process()
    {
        double ema = ta.Ema(close, 20);
        chart.Plot(ta.Falling(ema, 5) ? -1 : 0, "ta.falling(ema, 5)");
        chart.Plot(ta.Rising(ema, 5) ? 1 : 0, "ta.rising(ema, 5)");
    }
}

/// <summary>iii+nvi+obv.csv: the volume variables.</summary>
[Indicator("iii+nvi+obv probe")]
public partial class VolumeVariablesProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Iii(), "ta.iii");
        chart.Plot(ta.Nvi(), "ta.nvi");
        chart.Plot(ta.Obv(), "ta.obv");
    }
}
