using ScriptGen.Samples.Scripts;
using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// The sample ports of TradingView's built-in MACD, RSI, Bollinger Bands and Supertrend strategies, and the
/// slippage case, run on the bars TradingView ran them on, must reproduce its "List of trades" trade for trade:
/// same count, sides, signals, fill bars, fill prices (within half a tick), sizes, and net P&amp;L to the
/// digit TradingView printed.
/// </summary>
public sealed class TradingViewTradeParityTests
{
    private const double HalfTick = 0.000005;
    /// <summary>EUR/USD with the defaults of its kind (session, time zone, quantity step 0.1), as a user would give it.</summary>
    private static readonly SymbolInfo s_eurusd = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { MinTick = 0.00001 };

    /// <summary>
    /// The Strategy Tester settings the exports were made with: Pine's defaults, 1,000,000 of capital and one
    /// unit per order. Passed explicitly, so the samples can trade readable sizes of their own.
    /// </summary>
    private static StrategySettings ExportSettings(ScriptMetadata script) =>
        script.Strategy! with { InitialCapital = 1_000_000, DefaultQuantityType = QuantityType.Fixed, DefaultQuantity = 1 };

    [Fact]
    public void Macd_strategy_matches_TradingViews_trade_list() =>
        AssertSameTrades(MacdStrategy.Create(), "macd_trades.csv");

    [Fact]
    public void Rsi_strategy_matches_TradingViews_trade_list() =>
        AssertSameTrades(RsiStrategy.Create(), "rsi_trades.csv");

    /// <summary>The same strategy reading the sample RSI indicator through an import (twice, shared) instead of calling ta.Rsi.</summary>
    [Fact]
    public void Rsi_strategy_on_an_imported_RSI_indicator_matches_TradingViews_trade_list()
    {
        ImportedRsiStrategy script = ImportedRsiStrategy.Create();
        AssertSameTrades(script, "rsi_trades.csv");
        Assert.True(script.ImportsShared);
    }

    /// <summary>Stop entries (already through the market: they fill at the next open, rule 5) in a one-cancels-all group.</summary>
    [Fact]
    public void Bollinger_strategy_matches_TradingViews_trade_list() =>
        AssertSameTrades(BollingerStrategy.Create(), "bollinger_trades.csv");

    /// <summary>
    /// Market entries sized at 15 % of equity (rule 16: the signal bar's close, the equity the script sees, rounded
    /// down to the forex step of 0.1 units), as the built-in sizes them; the export kept its 1,000,000 of capital.
    /// </summary>
    /// <remarks>
    /// Two figures of the 601 trades are not reproduced to the printed cent, each a hair from a rounding
    /// boundary: trade #183's run-up, printed 2160.03, is its highest price on the path (the high 1.10329 of
    /// 2023-02-01 18:00) over its entry at 1.08721 times its 134,329.9 units, 2160.024792 (no tick reaches
    /// 2160.025, and the unrounded size, 134,329.93, does not either); trade #485's drawdown, printed -712.19, is
    /// 511 ticks times 139,372.8 units, 712.195008. The trades' prices, sizes, P&amp;L and other figures match, as do
    /// all figures of the other 599 trades; those two are allowed one printed unit, every other figure half of one.
    /// </remarks>
    [Fact]
    public void Supertrend_strategy_matches_TradingViews_trade_list() =>
        AssertSameTrades(SupertrendStrategy.Create(), "supertrend_trades.csv",
            settings: SupertrendStrategy.Metadata.Strategy! with { InitialCapital = 1_000_000 }, extremesOffByOneUnit: [183, 485]);

    /// <summary>10 ticks of slippage on market fills (rule 14) and 0.1 % commission on each fill (rule 13), on its own bars.</summary>
    [Fact]
    public void Slippage_and_commission_case_matches_TradingViews_trade_list() =>
        AssertSameTrades(SlippageBasic.Create(), "slippage_basic_trades.csv", "strategy/slippage_basic_ohlcv.csv");

    /// <param name="settings">The export's Strategy Tester settings; <see cref="ExportSettings"/> when null.</param>
    /// <param name="extremesOffByOneUnit">Trades whose printed run-up and drawdown may be one printed unit off (each explained where it is listed).</param>
    private static void AssertSameTrades(
        StrategyScript script, string tradesFile, string barsFile = "strategy/ohlcv.csv", StrategySettings? settings = null, int[]? extremesOffByOneUnit = null)
    {
        Bars bars = BarCsv.Read(ReferenceCsv.PathOf(barsFile));
        IReadOnlyList<TradingViewTrade> expected = TradingViewTrades.Load(tradesFile);

        var options = new RunOptions { Symbol = s_eurusd, Strategy = settings ?? ExportSettings(script.GetMetadata()) };
        StrategyResult result = new RuntimeEnvironment().RunStrategy(script, bars, options);
        Assert.Equal(1_000_000, result.Settings.InitialCapital);
        Assert.True(settings is not null || result.Settings.DefaultQuantity == 1);

        TradingViewTrade[] closed = expected.Where(t => !t.IsOpen).ToArray();
        Assert.Equal(closed.Length, result.ClosedTrades.Count);
        for (int i = 0; i < closed.Length; i++)
        {
            AssertSameTrade(closed[i], result.ClosedTrades[i], extremesOffByOneUnit?.Contains(closed[i].Number) == true);
        }

        TradingViewTrade[] open = expected.Where(t => t.IsOpen).ToArray();
        Assert.Equal(open.Length, result.OpenTrades.Count);
        for (int i = 0; i < open.Length; i++)
        {
            Trade actual = result.OpenTrades[i];
            Assert.Equal(open[i].Direction, actual.Direction);
            Assert.Equal(open[i].EntrySignal, actual.EntrySignal);
            Assert.Equal(open[i].EntryTime.ToUnixTimeMilliseconds(), actual.EntryTime);
            Assert.InRange(actual.EntryPrice, open[i].EntryPrice - HalfTick, open[i].EntryPrice + HalfTick);
            Assert.InRange(actual.MarkPrice, open[i].ExitPrice - HalfTick, open[i].ExitPrice + HalfTick); // TradingView lists the mark (the last close) as the open trade's exit price
            Assert.Equal((-1, double.NaN), (actual.ExitBar, actual.ExitPrice)); // ScriptGen keeps the mark apart from an exit
        }
    }

    /// <summary>One trade of an export against ScriptGen's: sides, signals, times, prices within <paramref name="halfTick"/>, size, P&amp;L, run-up and drawdown to the printed digit.</summary>
    internal static void AssertSameTrade(TradingViewTrade expected, Trade actual, bool extremesOffByOneUnit, double halfTick = HalfTick)
    {
        string trade = $"trade #{expected.Number}";
        Assert.True(expected.Direction == actual.Direction, $"{trade}: direction {actual.Direction}, TradingView {expected.Direction}");
        Assert.True(expected.EntrySignal == actual.EntrySignal, $"{trade}: entry signal '{actual.EntrySignal}', TradingView '{expected.EntrySignal}'");
        Assert.True(expected.ExitSignal == actual.ExitSignal, $"{trade}: exit signal '{actual.ExitSignal}', TradingView '{expected.ExitSignal}'");
        Assert.True(
            expected.EntryTime.ToUnixTimeMilliseconds() == actual.EntryTime,
            $"{trade}: entry at {DateTimeOffset.FromUnixTimeMilliseconds(actual.EntryTime):u}, TradingView {expected.EntryTime:u}");
        Assert.True(
            expected.ExitTime.ToUnixTimeMilliseconds() == actual.ExitTime,
            $"{trade}: exit at {DateTimeOffset.FromUnixTimeMilliseconds(actual.ExitTime):u}, TradingView {expected.ExitTime:u}");
        Assert.True(Math.Abs(expected.EntryPrice - actual.EntryPrice) <= halfTick, $"{trade}: entry price {actual.EntryPrice}, TradingView {expected.EntryPrice}");
        Assert.True(Math.Abs(expected.ExitPrice - actual.ExitPrice) <= halfTick, $"{trade}: exit price {actual.ExitPrice}, TradingView {expected.ExitPrice}");
        Assert.Equal(expected.Quantity, actual.Quantity);
        // Fill prices are whole ticks, so the exact P&L can sit exactly on a rounding boundary (0.0005
        // printed as 0.001); the slack only absorbs binary floating point's representation error there: each
        // price is off its decimal by up to half an ulp (about 1.1e-16 of it), and a price difference times the
        // quantity carries that error times the quantity (3.5e-12 on a run-up of 132,740 units, which sits on
        // the boundary exactly: 125 ticks × 132,740 = 165.925, printed 165.93).
        double slack = 1e-12 + 1e-15 * actual.EntryPrice * actual.Quantity;
        Assert.True(
            Math.Abs(expected.NetProfit - actual.Profit) <= expected.NetProfitHalfUnit + slack,
            $"{trade}: net P&L {actual.Profit:R}, TradingView printed {expected.NetProfitText}");
        // Run-up and drawdown: the best and worst P&L on the assumed intrabar path after the entry, less
        // the entry commission (TradingView prints the drawdown negative).
        Assert.True(
            Math.Abs(expected.RunUp - actual.MaxRunUp) <= TradingViewTrade.HalfUnitOf(expected.RunUpText) * (extremesOffByOneUnit ? 2 : 1) + slack,
            $"{trade}: run-up {actual.MaxRunUp:R}, TradingView printed {expected.RunUpText}");
        Assert.True(
            Math.Abs(-expected.Drawdown - actual.MaxDrawdown) <= TradingViewTrade.HalfUnitOf(expected.DrawdownText) * (extremesOffByOneUnit ? 2 : 1) + slack,
            $"{trade}: drawdown {actual.MaxDrawdown:R}, TradingView printed {expected.DrawdownText}");
    }
}
