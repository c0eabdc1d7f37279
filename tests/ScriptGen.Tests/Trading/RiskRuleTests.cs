using ScriptGen.Namespaces;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// Rule 20, <c>strategy.risk.*</c>. The scenarios with a test file name are PyneCore's regression scenarios of
/// TradingView's behaviour (github.com/PyneSys/pynecore, tests/t01_lib/t30_strategy/, Apache License 2.0): their bars,
/// orders and settings, and what their own statements expect. The others check a sentence of TradingView's reference
/// manual for the function, quoted in the test.
/// </summary>
public sealed class RiskRuleTests
{
    private const long Day = 24 * TestBars.Hour;
    private static readonly SymbolInfo s_crypto = new() { Ticker = "TEST", MinTick = 0.01, QuantityStep = 0.0001 };

    private static StrategySettings Fixed(double capital, double quantity, int pyramiding = 1) => new()
    {
        InitialCapital = capital,
        DefaultQuantityType = QuantityType.Fixed,
        DefaultQuantity = quantity,
        Pyramiding = pyramiding,
    };

    [Fact]
    public void Test046_the_fill_that_reaches_the_daily_limit_closes_the_position_and_a_reversal_counts_once()
    {
        // test_046_intraday_filled_cap.py: a reversal every bar on one day under max_intraday_filled_orders(4) admits four
        // entry fills; the fourth reverses into the limit and is closed on the same bar at its own price.
        Bars bars = TestBars.Ohlc([.. Enumerable.Range(0, 10).Select(i => (100.0 + i, 101.0 + i, 99.0 + i, 100.5 + i))]);
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            strategy.Risk.MaxIntradayFilledOrders(4);
            if (bar % 2 == 0 && strategy.PositionSize <= 0) strategy.Entry("L", Direction.Long);
            if (bar % 2 == 1 && strategy.PositionSize >= 0) strategy.Entry("S", Direction.Short);
        }, Fixed(100_000, 1), s_crypto);

        Assert.Equal(4, result.ClosedTrades.Count);
        Assert.All(result.ClosedTrades, t => Assert.Equal(1, t.Quantity));
        Trade last = result.ClosedTrades[^1];
        Assert.Equal(("Close Position (Max number of filled orders in one day)", "Risk management close"), (last.ExitSignal, last.ExitId));
        Assert.Equal(last.EntryPrice, last.ExitPrice);
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void The_daily_filled_orders_limit_lets_entries_fill_again_on_the_next_trading_day()
    {
        // TradingView's reference for strategy.risk.max_intraday_filled_orders: once the limit is reached "all pending
        // orders are cancelled, all open positions are closed and no new orders can be placed till the end of the
        // current trading session". Two entries a day under a limit of 1: the first closes at once, the next day trades.
        long[] times = [TestBars.Start, TestBars.Start + TestBars.Hour, TestBars.Start + Day, TestBars.Start + Day + TestBars.Hour, TestBars.Start + 2 * Day];
        double[] prices = [100, 101, 102, 103, 104];
        Bars bars = Bars.FromArrays(times, prices, prices, prices, prices);
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            strategy.Risk.MaxIntradayFilledOrders(1);
            if (bar is 0 or 2 && strategy.PositionSize == 0) strategy.Entry("L" + bar, Direction.Long);
        }, Fixed(100_000, 1), s_crypto);

        Assert.Equal(
            new[] { (1, 101.0, 1, 101.0, "Close Position (Max number of filled orders in one day)"), (3, 103.0, 3, 103.0, "Close Position (Max number of filled orders in one day)") },
            Fills(result));
    }

    [Fact]
    public void Test106_an_entry_against_the_allowed_direction_only_closes_and_pays_one_whole_fee()
    {
        // test_106_cash_per_order_direction_restricted.py (measured on TradingView, BINANCE:BTCUSDT 30m):
        // allow_entry_in(long), long -> short -> long -> close_all; the short only closes the long.
        Bars bars = TestBars.Prices(100, 110, 105, 120, 120);
        var settings = new StrategySettings
        {
            InitialCapital = 1_000_000,
            DefaultQuantityType = QuantityType.Fixed,
            DefaultQuantity = 1,
            CommissionType = CommissionType.CashPerOrder,
            CommissionValue = 10,
            ProcessOrdersOnClose = true,
        };
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            strategy.Risk.AllowEntryIn(AllowedDirection.Long);
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 1) strategy.Entry("S", Direction.Short);
            if (bar == 2) strategy.Entry("L2", Direction.Long);
            if (bar == 3) strategy.CloseAll();
        }, settings, s_crypto);

        Assert.Equal(2, result.ClosedTrades.Count);
        Assert.Equal(new[] { 20.0, 20.0 }, result.ClosedTrades.Select(t => t.Commission));
        Assert.Equal(new[] { -10.0, -5.0 }, result.ClosedTrades.Select(t => t.Profit));
        Assert.Equal(-15, result.Summary.NetProfit);
    }

    [Fact]
    public void An_entry_against_the_allowed_direction_opens_nothing_from_flat()
    {
        // TradingView's reference for strategy.risk.allow_entry_in: "long exit trades will be made instead of reverse
        // trades"; from flat there is nothing to exit, so a short entry under allow_entry_in(long) trades nothing.
        StrategyResult result = Run(TestBars.Prices(100, 101, 102), (bar, strategy) =>
        {
            strategy.Risk.AllowEntryIn(AllowedDirection.Long);
            if (bar == 0) strategy.Entry("S", Direction.Short);
        }, Fixed(10_000, 1), s_crypto);

        Assert.Empty(result.ClosedTrades);
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void An_entry_is_reduced_to_the_room_max_position_size_leaves_and_not_filled_without_room()
    {
        // TradingView's reference for strategy.risk.max_position_size: "The 'entry' quantity can be reduced (if needed)
        // to such number of contracts/shares/lots/units, so the total position size doesn't exceed the value ... If
        // minimum possible quantity still violates the rule, the order will not be placed."
        StrategyResult result = Run(TestBars.Prices(100, 100, 100, 100, 100), (bar, strategy) =>
        {
            strategy.Risk.MaxPositionSize(10);
            if (bar < 4) strategy.Entry("L" + bar, Direction.Long, qty: 4);
        }, Fixed(100_000, 1, pyramiding: 10), s_crypto);

        Assert.Equal(new[] { 4.0, 4.0, 2.0 }, result.OpenTrades.Select(t => t.Quantity));
    }

    [Fact]
    public void Test_risk_max_drawdown_halts_on_a_closing_fill_past_the_limit_not_on_an_open_loss()
    {
        // test_risk_max_drawdown.py (measured on TradingView, BINANCE:BTCUSDT 30m): a $200 open drawdown under
        // max_drawdown(100, cash) keeps the position; the 10 % close that fills on bar 5 at 85 leaves equity $150 below
        // the realized peak, so the rest closes there and the bar-6 re-entry is not placed.
        Bars bars = TestBars.Ohlc((100, 100.5, 99.5, 100), (100, 101, 99, 100), (100, 100.5, 80, 80), (80, 86, 80, 85), (85, 86, 84, 85),
            (85, 86, 84, 85), (85, 90, 84, 88), (88, 89, 87, 88));
        var positions = new List<double>();
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            positions.Add(strategy.PositionSize);
            strategy.Risk.MaxDrawdown(100, QuantityType.Cash);
            if (bar == 0) strategy.Entry("Long", Direction.Long);
            if (bar == 4) strategy.Close("Long", qtyPercent: 10);
            if (bar == 6) strategy.Entry("Long2", Direction.Long);
        }, Fixed(1000, 10), s_crypto);

        Assert.Equal(new[] { 0.0, 10, 10, 10, 10, 0, 0, 0 }, positions);
        Trade halt = Assert.Single(result.ClosedTrades, t => t.ExitId == "Risk management close");
        Assert.Equal(("Close Position (Max drawdown reached)", 5, 85.0, 9.0), (halt.ExitSignal, halt.ExitBar, halt.ExitPrice, halt.Quantity));
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void Test_risk_max_intraday_loss_halts_at_the_close_of_the_bar_that_breaks_it()
    {
        // test_risk_max_intraday_loss.py: long 10 at 100 under max_intraday_loss(100, cash); the bar closing at 88 is $120
        // down on the day, so the position closes there and the strategy halts.
        Bars bars = TestBars.Ohlc((100, 100, 100, 100), (100, 100.5, 99.5, 100), (100, 100, 95, 95), (95, 95, 88, 88), (88, 92, 88, 92));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            strategy.Risk.MaxIntradayLoss(100, QuantityType.Cash);
            if (bar == 0) strategy.Entry("Long", Direction.Long);
            if (bar == 3) strategy.Entry("Again", Direction.Long);
        }, Fixed(1000, 10), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 3, 88.0, "Close Position (Max intraday loss reached)") }, Fills(result));
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void Test_risk_max_cons_loss_days_halts_when_the_day_after_the_third_losing_day_opens()
    {
        // test_risk_max_cons_loss_days.py: a short held through three rising days under max_cons_loss_days(3) closes at
        // the open of the day after the third losing day.
        long[] times = [.. Enumerable.Range(0, 5).Select(d => TestBars.Start + d * Day)];
        Bars bars = Bars.FromArrays(times, [100, 100, 110, 120, 130], [100.5, 110, 120, 130, 140], [99.5, 99, 109, 119, 129], [100, 110, 120, 130, 140]);
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            strategy.Risk.MaxConsLossDays(3);
            if (bar == 0) strategy.Entry("Short", Direction.Short);
        }, Fixed(10_000, 10, pyramiding: 0), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 4, 130.0, "Close Position (Max consecutive loss days reached)") }, Fills(result));
    }

    [Fact]
    public void Rules_with_invalid_values_are_rejected_with_what_would_be_valid()
    {
        var type = Assert.Throws<ScriptRuntimeException>(() => Run(TestBars.Prices(1, 2), (_, strategy) => strategy.Risk.MaxDrawdown(10, QuantityType.Fixed)));
        Assert.Contains("strategy.risk.max_drawdown: type must be QuantityType.PercentOfEquity or QuantityType.Cash; got Fixed.", type.Message);

        var value = Assert.Throws<ScriptRuntimeException>(() => Run(TestBars.Prices(1, 2), (_, strategy) => strategy.Risk.MaxIntradayLoss(-5)));
        Assert.Contains("strategy.risk.max_intraday_loss: value must be a positive number; got -5.", value.Message);

        var count = Assert.Throws<ScriptRuntimeException>(() => Run(TestBars.Prices(1, 2), (_, strategy) => strategy.Risk.MaxConsLossDays(0)));
        Assert.Contains("strategy.risk.max_cons_loss_days: count must be 1 or more; got 0.", count.Message);
    }
}
