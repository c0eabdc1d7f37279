using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// The strategy of PyneCore's test_021_bar_magnifier_tv.py (github.com/PyneSys/pynecore, Apache License 2.0), whose
/// trade list TradingView exported with <c>use_bar_magnifier = true</c> on BINANCE:BTCUSDT daily bars: a 3/10-bar SMA cross
/// enters long or short (reversing) and brackets the entry 1,500 above and 1,000 below the signal bar's close (mirrored for
/// a short).
/// </summary>
[Strategy("Bar Mag 1D v2 ON", Overlay = true, InitialCapital = 10_000, DefaultQuantity = 0.01, UseBarMagnifier = true)]
public partial class BarMagnifierCross
{
    protected override void Process()
    {
        double fast = ta.Sma(close, 3);
        double slow = ta.Sma(close, 10);
        if (ta.Crossover(fast, slow))
        {
            strategy.Entry("Long", Direction.Long);
            strategy.Exit("XL", "Long", limit: close + 1500, stop: close - 1000);
        }

        if (ta.Crossunder(fast, slow))
        {
            strategy.Entry("Short", Direction.Short);
            strategy.Exit("XS", "Short", limit: close - 1500, stop: close + 1000);
        }
    }
}
