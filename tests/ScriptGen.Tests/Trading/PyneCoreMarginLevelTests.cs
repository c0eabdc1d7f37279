using ScriptGen.Namespaces;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// PyneCore's scenarios 084-087 (tests/t01_lib/t30_strategy/, Apache License 2.0), measured on TradingView:
/// <c>strategy.opentrades.capital_held</c> and <c>strategy.margin_liquidation_price</c> read on every bar of a rising
/// market (bar i opens at 100 + 10i, high 110 + 10i, low 95 + 10i, close 105 + 10i) on a symbol with tick 0.01. The
/// expected values follow from each scenario's statement of what TradingView reports.
/// </summary>
public sealed class PyneCoreMarginLevelTests
{
    private static readonly SymbolInfo s_crypto = new() { Ticker = "TEST", MinTick = 0.01, QuantityStep = 0.0001 };

    private static Bars Rising() =>
        TestBars.Ohlc([.. Enumerable.Range(0, 10).Select(i => (100.0 + 10 * i, 110.0 + 10 * i, 95.0 + 10 * i, 105.0 + 10 * i))]);

    private static StrategySettings Margins(double marginLong, double marginShort) => new()
    {
        InitialCapital = 100_000,
        Pyramiding = 3,
        MarginLong = marginLong,
        MarginShort = marginShort,
    };

    /// <summary>Scenario 084's and 085's orders: A long 2 (fills at bar 2's open, 120), B long 3 (bar 4, 140), close all (bar 6), S short 4 (bar 8, 180).</summary>
    private static double[] ReadEveryBar(StrategySettings settings, Func<PineStrategy, double> read, bool pyramid = true)
    {
        var values = new double[10];
        Run(Rising(), (bar, strategy) =>
        {
            if (bar == 1) strategy.Entry("A", Direction.Long, qty: 2);
            if (bar == 3 && pyramid) strategy.Entry("B", Direction.Long, qty: 3);
            if (bar == 5) strategy.CloseAll();
            if (bar == 7) strategy.Entry("S", Direction.Short, qty: 4);
            values[bar] = read(strategy);
        }, settings, s_crypto);
        return values;
    }

    [Fact]
    public void Test084_capital_held_is_the_entry_value_of_the_open_trades_unscaled_by_margin()
    {
        // test_084_opentrades_capital_held.py (BINANCE:BTCUSDT 1D, pyramiding 3, margin_long 50, margin_short 25): "the sum
        // of |size| * entry price over the open trades. It stays put while the market moves, a short trade contributes
        // positively, and it is 0 while flat"; "The margin percentages do not scale it".
        double[] held = ReadEveryBar(Margins(50, 25), strategy => strategy.OpenTradesCapitalHeld);

        Assert.Equal([0, 0, 2 * 120, 2 * 120, 2 * 120 + 3 * 140, 2 * 120 + 3 * 140, 0, 0, 4 * 180, 4 * 180], held);
    }

    [Fact]
    public void Test085_capital_held_is_na_on_every_bar_when_neither_side_requires_margin()
    {
        // test_085_opentrades_capital_held_no_margin.py: "with margin_long=0 and margin_short=0 the value is na on every bar,
        // flat ones included. Zeroing only one side keeps the full entry value".
        Assert.All(ReadEveryBar(Margins(0, 0), strategy => strategy.OpenTradesCapitalHeld, pyramid: false), value => Assert.True(double.IsNaN(value)));
        Assert.Equal(2 * 120, ReadEveryBar(Margins(0, 25), strategy => strategy.OpenTradesCapitalHeld, pyramid: false)[3]);
    }

    [Fact]
    public void Test086_the_liquidation_price_balances_equity_and_margin_floored_for_a_long_and_ceiled_for_a_short()
    {
        // test_086_margin_liquidation_price.py (margin_long 25, margin_short 30): long 2 from 120: (2*120 - 100000) / (2 * 0.75)
        // = -66506.666... floored to -66506.67; the long closes at bar 6's open 160 (net profit 80), short 4 from 180:
        // (100080 + 4*180) / (4 * 1.3) = 19384.615... ceiled to 19384.62; flat bars are na.
        double[] price = ReadEveryBar(Margins(25, 30), strategy => strategy.MarginLiquidationPrice, pyramid: false);

        Assert.Equal([-66506.67, -66506.67, -66506.67, -66506.67], price[2..6]);
        Assert.Equal([19384.62, 19384.62], price[8..10]);
        Assert.All(new[] { 0, 1, 6, 7 }, bar => Assert.True(double.IsNaN(price[bar]), $"bar {bar}: {price[bar]}"));
    }

    [Fact]
    public void Test087_a_side_that_requires_no_margin_has_no_liquidation_price()
    {
        // test_087_margin_liquidation_price_no_margin.py (margin_long 0, margin_short 30): "an open long reports na ... while
        // the short side still reports its liquidation price", the same 19384.62 as scenario 086.
        double[] price = ReadEveryBar(Margins(0, 30), strategy => strategy.MarginLiquidationPrice, pyramid: false);

        Assert.All(price[..8], value => Assert.True(double.IsNaN(value)));
        Assert.Equal([19384.62, 19384.62], price[8..10]);
    }
}
