using ScriptGen.Namespaces;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// Commission (docs/strategy.md rule 13), slippage (rule 14), default sizing (rule 16), quantity-step
/// rounding and point value. Tick 0.01 unless said otherwise.
/// </summary>
public sealed class CostAndSizingRuleTests
{
    private static readonly (double, double, double, double) Flat100 = (100, 100, 100, 100);

    /// <summary>Long <paramref name="quantity"/> placed on bar 0, filled at bar 1's open (100), closed at bar 2's open (110).</summary>
    private static StrategyResult RoundTrip(double quantity, StrategySettings settings, SymbolInfo? symbol = null) =>
        Run(TestBars.Prices(100, 100, 110, 110), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: quantity);
            if (bar == 1) strategy.Close("L");
        }, settings, symbol);

    [Fact]
    public void Rule13_percent_commission_is_charged_on_each_fills_value()
    {
        StrategyResult result = RoundTrip(2, new StrategySettings { CommissionType = CommissionType.Percent, CommissionValue = 0.1 });

        // 0.1 % of 2 x 100 on the entry, of 2 x 110 on the exit.
        Trade trade = OnlyClosed(result);
        Assert.Equal(0.2 + 0.22, trade.Commission, 12);
        Assert.Equal(2 * (110 - 100) - 0.42, trade.Profit, 12);
        Assert.Equal(0.42, result.Summary.All.CommissionPaid, 12);
    }

    [Fact]
    public void Rule13_percent_commission_counts_the_point_value()
    {
        StrategyResult result = RoundTrip(2, new StrategySettings { CommissionValue = 0.1 }, new SymbolInfo { PointValue = 50 });

        Trade trade = OnlyClosed(result);
        Assert.Equal((2 * 100 * 50 + 2 * 110 * 50) * 0.001, trade.Commission, 9);
        Assert.Equal(2 * (110 - 100) * 50 - trade.Commission, trade.Profit, 9);
    }

    [Fact]
    public void Rule13_cash_per_contract_is_charged_per_unit_on_each_fill()
    {
        StrategyResult result = RoundTrip(2, new StrategySettings { CommissionType = CommissionType.CashPerContract, CommissionValue = 1.5 });

        Assert.Equal(2 * 1.5 + 2 * 1.5, OnlyClosed(result).Commission, 12);
    }

    [Fact]
    public void Rule13_cash_per_order_charges_a_reversal_once()
    {
        // Long 1, reversed by a short entry of 1 (one order of 2), then closed: three orders of 10.
        StrategyResult result = Run(TestBars.Prices(100, 101, 102, 103, 104), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 1) strategy.Entry("S", Direction.Short);
            if (bar == 2) strategy.CloseAll();
        }, new StrategySettings { CommissionType = CommissionType.CashPerOrder, CommissionValue = 10 });

        Assert.Equal(30, result.ClosedTrades.Sum(t => t.Commission), 12);
        // The reversal's 10 is shared by quantity: 5 to the trade it closed, 5 to the one it opened.
        Assert.Equal(new[] { 15.0, 15.0 }, result.ClosedTrades.Select(t => t.Commission));
        Assert.Equal((102 - 101) - 15.0, result.ClosedTrades[0].Profit, 12);
    }

    [Fact]
    public void Rule14_slippage_moves_market_fills_against_the_order()
    {
        StrategyResult result = RoundTrip(1, new StrategySettings { Slippage = 2 });

        Trade trade = OnlyClosed(result);
        Assert.Equal(100.02, trade.EntryPrice, 10); // a buy fills 2 ticks higher
        Assert.Equal(109.98, trade.ExitPrice, 10);  // a sell 2 ticks lower
    }

    [Fact]
    public void Rule14_stop_fills_slip_and_limit_fills_do_not_even_through_a_gap()
    {
        var settings = new StrategySettings { Slippage = 3 };
        // Long at bar 1's open 100 (+3 ticks), placed with its bracket on bar 0.
        StrategyResult Bracket((double, double, double, double) bar2, double limit, double stop) =>
            Run(TestBars.Ohlc(Flat100, (100, 100.5, 99.5, 100), bar2), (bar, strategy) =>
            {
                if (bar == 0)
                {
                    strategy.Entry("L", Direction.Long);
                    strategy.Exit("X", "L", limit: limit, stop: stop);
                }
            }, settings);

        Assert.Equal(97.97, OnlyClosed(Bracket((99, 99.5, 97, 97.5), 110, 98)).ExitPrice, 10);  // stop reached inside the bar
        Assert.Equal(92.97, OnlyClosed(Bracket((93, 94, 92, 93), 110, 95)).ExitPrice, 10);     // stop gapped through: the open, slipped
        Assert.Equal(105, OnlyClosed(Bracket((101, 106, 100.5, 105.5), 105, 90)).ExitPrice);  // limit reached inside the bar
        Assert.Equal(107, OnlyClosed(Bracket((107, 108, 106, 107), 105, 90)).ExitPrice);      // limit gapped through: the open, no slippage
    }

    [Fact]
    public void Rule14_slippage_can_put_a_fill_outside_the_bars_range()
    {
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (100, 100, 99, 99.5)), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
        }, new StrategySettings { Slippage = 5 });

        Assert.Equal(100.05, result.OpenTrades[0].EntryPrice, 10); // above the bar's high of 100
    }

    [Fact]
    public void Rule16_percent_of_equity_sizing_is_fixed_when_the_order_is_placed_reserving_percent_commission()
    {
        // Equity 10,000, 50 %, commission 0.1 %, signal bar's close 100:
        // 10,000 x 0.5 / (100 x 1.001) = 49.95 -> 49 with a quantity step of 1. It fills at 105 still 49.
        var settings = new StrategySettings
        {
            InitialCapital = 10_000, DefaultQuantityType = QuantityType.PercentOfEquity, DefaultQuantity = 50, CommissionValue = 0.1,
        };
        StrategyResult result = Run(TestBars.Prices(100, 105, 106), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
        }, settings, new SymbolInfo { QuantityStep = 1 });

        Trade trade = Assert.Single(result.OpenTrades);
        Assert.Equal((49.0, 105.0), (trade.Quantity, trade.EntryPrice));
    }

    [Fact]
    public void Rule16_a_price_order_is_sized_at_its_own_price_and_point_value_counts()
    {
        var settings = new StrategySettings { InitialCapital = 10_000, DefaultQuantityType = QuantityType.PercentOfEquity, DefaultQuantity = 50 };
        Bars bars = TestBars.Ohlc(Flat100, (100, 100, 79, 80));
        Action<int, PineStrategy> plan = (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, limit: 80);
        };

        StrategyResult unit = Run(bars, plan, settings, new SymbolInfo { QuantityStep = 1 });
        StrategyResult futures = Run(bars, plan, settings, new SymbolInfo { QuantityStep = 1, PointValue = 10 });

        Assert.Equal(62, unit.OpenTrades[0].Quantity);    // 5,000 / 80 = 62.5
        Assert.Equal(6, futures.OpenTrades[0].Quantity);  // 5,000 / (80 x 10) = 6.25
    }

    [Fact]
    public void Cash_sizing_buys_what_the_default_cash_buys_at_the_signal_close()
    {
        StrategyResult result = Run(TestBars.Prices(100, 101, 102), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
        }, new StrategySettings { DefaultQuantityType = QuantityType.Cash, DefaultQuantity = 2_550 }, new SymbolInfo { QuantityStep = 1 });

        Assert.Equal(25, result.OpenTrades[0].Quantity); // 2,550 / 100 = 25.5
    }

    [Fact]
    public void Quantities_are_rounded_down_to_the_quantity_step_and_an_order_below_one_step_is_not_placed()
    {
        static StrategyResult Buy(double quantity, double step) =>
            Run(TestBars.Prices(100, 101, 102), (bar, strategy) =>
            {
                if (bar == 0) strategy.Entry("L", Direction.Long, qty: quantity);
            }, symbol: new SymbolInfo { QuantityStep = step });

        Assert.Equal(2, Buy(2.7, 1).OpenTrades[0].Quantity);
        Assert.Equal(0.3, Buy(0.35, 0.1).OpenTrades[0].Quantity);
        Assert.Equal(2.7, Buy(2.7, 0).OpenTrades[0].Quantity); // step 0: any quantity
        Assert.Empty(Buy(0.4, 1).OpenTrades);
    }

    [Fact]
    public void Profit_is_price_difference_times_quantity_times_point_value()
    {
        StrategyResult result = RoundTrip(3, StrategySettings.Default, new SymbolInfo { PointValue = 20 });

        Assert.Equal((110 - 100) * 3 * 20, OnlyClosed(result).Profit);
    }
}
