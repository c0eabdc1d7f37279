using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// TradingView's bar magnifier on real data: PyneCore's test_021_bar_magnifier_tv.py (github.com/PyneSys/pynecore, Apache
/// License 2.0), whose trade list TradingView exported for <see cref="BarMagnifierCross"/> with <c>use_bar_magnifier = true</c>
/// on BINANCE:BTCUSDT daily bars, magnified by its 60-minute bars (tests/data/README.md). Every trade must match: fill days,
/// prices, signals, size, P&amp;L, and the run-up and drawdown, which TradingView measures along the 60-minute path.
/// </summary>
public sealed class BarMagnifierReferenceTests
{
    private const double HalfTick = 0.005;
    private static readonly SymbolInfo s_btcusdt = SymbolInfo.For(SymbolKind.Crypto, "BTCUSDT") with { MinTick = 0.01, Currency = "USDT" };

    [Fact]
    public void The_SMA_cross_with_brackets_matches_TradingViews_magnified_trade_list()
    {
        Bars hourly = BarCsv.Read(ReferenceCsv.PathOf("strategy/bar_magnifier_60m.csv"));
        StrategyResult result = Run(hourly, magnified: true);
        IReadOnlyList<TradingViewTrade> expected = TradingViewTrades.Load("bar_magnifier_trades.csv");

        Assert.Equal(56, expected.Count);
        Assert.Equal(expected.Count, result.ClosedTrades.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            TradingViewTradeParityTests.AssertSameTrade(expected[i], result.ClosedTrades[i], extremesOffByOneUnit: false, HalfTick);
        }
    }

    [Fact]
    public void Without_the_magnifier_the_same_bars_part_from_TradingViews_magnified_list()
    {
        // The data tell the two apart: on the daily bars' own four-point paths trade #10 (short from 80734.48 on 2025-03-10)
        // meets its 79234.37 take-profit first, where the 60-minute bars reach its 81734.37 stop first, as TradingView lists.
        Bars hourly = BarCsv.Read(ReferenceCsv.PathOf("strategy/bar_magnifier_60m.csv"));
        Trade fourPoint = Run(hourly, magnified: false).ClosedTrades[9];
        TradingViewTrade expected = TradingViewTrades.Load("bar_magnifier_trades.csv")[9];

        Assert.Equal((80734.48, 81734.37), (expected.EntryPrice, expected.ExitPrice));
        Assert.Equal((80734.48, 79234.37), (fourPoint.EntryPrice, fourPoint.ExitPrice));
    }

    [Fact]
    public void The_attributes_UseBarMagnifier_reaches_the_run_which_then_needs_magnifier_bars()
    {
        // [Strategy(..., UseBarMagnifier = true)] through the generator's metadata to the broker: run as declared, without bars.
        Assert.True(BarMagnifierCross.Metadata.Strategy!.UseBarMagnifier);
        var failure = Assert.Throws<ScriptEngineException>(() =>
            new RuntimeEnvironment().RunStrategy(BarMagnifierCross.Create(), TestBars.Prices(100, 101), new RunOptions { Symbol = s_btcusdt }));

        Assert.Contains("Strategy 'Bar Mag 1D v2 ON' sets UseBarMagnifier", failure.Message);
    }

    private static StrategyResult Run(Bars hourly, bool magnified)
    {
        // TradingView's daily BTCUSDT bar is the UTC day of its hourly bars: the first open, the highest high, the lowest
        // low and the last close.
        Bars daily = Daily(hourly);
        var options = new RunOptions
        {
            Symbol = s_btcusdt,
            Strategy = BarMagnifierCross.Metadata.Strategy! with { UseBarMagnifier = magnified },
            MagnifierBars = magnified ? hourly : null,
        };
        return new RuntimeEnvironment().RunStrategy(BarMagnifierCross.Create(), daily, options);
    }

    private static Bars Daily(Bars hourly)
    {
        const long Day = 86_400_000;
        var days = Enumerable.Range(0, hourly.Count).GroupBy(i => hourly.Time[i] / Day).ToArray();
        return Bars.FromArrays(
            [.. days.Select(d => d.Key * Day)],
            [.. days.Select(d => hourly.Open[d.First()])],
            [.. days.Select(d => d.Max(i => hourly.High[i]))],
            [.. days.Select(d => d.Min(i => hourly.Low[i]))],
            [.. days.Select(d => hourly.Close[d.Last()])],
            null,
            TimeSpan.FromDays(1));
    }
}
