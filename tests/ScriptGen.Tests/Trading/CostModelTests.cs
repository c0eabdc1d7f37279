using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;
using ScriptGen.Trading.Models;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// Commission and slippage models see the order (type, side, role, quantity, price) and the bar (prices,
/// volume, time): a maker/taker fee schedule and a volume-share slippage written here change the fills
/// exactly as computed here from the order and the bar.
/// </summary>
public sealed class CostModelTests
{
    private static StrategyResult Run(Bars bars, Action<int, PineStrategy> plan, RunOptions options)
    {
        OrderPlan script = OrderPlan.Create();
        script.OnBar = plan;
        return new RuntimeEnvironment().RunStrategy(script, bars, options);
    }

    /// <summary>Bars one hour apart from <see cref="TestBars.Start"/>, with volume.</summary>
    private static Bars WithVolume(params (double Open, double High, double Low, double Close, double Volume)[] rows) =>
        Bars.FromArrays(
            rows.Select((_, i) => TestBars.TimeOf(i)).ToArray(),
            rows.Select(r => r.Open).ToArray(),
            rows.Select(r => r.High).ToArray(),
            rows.Select(r => r.Low).ToArray(),
            rows.Select(r => r.Close).ToArray(),
            rows.Select(r => r.Volume).ToArray());

    /// <summary>
    /// Bar 0 places a buy limit at 99 (bar 1 trades through it: maker); bar 1 a short entry, a market
    /// reversal of 2 at bar 2's open (taker); bar 2 closes the short at bar 3's open (taker).
    /// </summary>
    private static readonly Bars s_limitThenMarket = WithVolume(
        (100, 100, 100, 100, 1_000), (100, 101, 98, 100, 1_000), (100, 100, 100, 100, 1_000), (102, 102, 102, 102, 1_000));

    private static readonly Action<int, PineStrategy> s_limitThenMarketPlan = (bar, strategy) =>
    {
        if (bar == 0) strategy.Entry("L", Direction.Long, limit: 99);
        if (bar == 1) strategy.Entry("S", Direction.Short);
        if (bar == 2) strategy.Close("S");
    };

    [Fact]
    public void A_maker_taker_commission_charges_limit_fills_less_than_market_fills()
    {
        var fees = new MakerTakerCommission(makerPercent: 0.02, takerPercent: 0.07);
        StrategyResult result = Run(s_limitThenMarket, s_limitThenMarketPlan, new RunOptions { CommissionModel = fees });

        double makerEntry = 1 * 99 * 1.0 * 0.02 / 100;   // the limit entry: 1 unit at 99
        double reversal = 2 * 100 * 1.0 * 0.07 / 100;    // one market order of 2 at 100, shared 1/2 : 1/2
        double takerExit = 1 * 102 * 1.0 * 0.07 / 100;   // the market close: 1 unit at 102
        Assert.Equal(2, result.ClosedTrades.Count);
        Trade longTrade = result.ClosedTrades[0], shortTrade = result.ClosedTrades[1];
        Assert.Equal((99.0, 100.0, 100.0, 102.0), (longTrade.EntryPrice, longTrade.ExitPrice, shortTrade.EntryPrice, shortTrade.ExitPrice));
        Assert.Equal(makerEntry + reversal * (1.0 / 2), longTrade.Commission);
        Assert.Equal(reversal * (1.0 / 2) + takerExit, shortTrade.Commission);
        Assert.Equal((100 - 99) * 1.0 * 1.0 - makerEntry - reversal * (1.0 / 2), longTrade.Profit);
        Assert.Equal(makerEntry + reversal + takerExit, result.Summary.All.CommissionPaid, 15);
    }

    [Fact]
    public void A_commission_model_is_told_each_orders_type_side_role_quantity_fill_price_and_bar()
    {
        var recorder = new RecordingCommission();
        Run(s_limitThenMarket, s_limitThenMarketPlan, new RunOptions { CommissionModel = recorder, Symbol = new SymbolInfo { PointValue = 2 } });

        Assert.Equal(
            new[]
            {
                ("L", OrderType.Limit, Direction.Long, OrderRole.Entry, 1.0, 99.0),
                ("S", OrderType.Market, Direction.Short, OrderRole.Reversal, 2.0, 100.0),
                ("S", OrderType.Market, Direction.Long, OrderRole.Exit, 1.0, 102.0),
            },
            recorder.Orders.Select(o => (o.Id, o.Type, o.Side, o.Role, o.Quantity, o.Price)));
        Assert.Equal(
            new[]
            {
                new FillBar(1, TestBars.TimeOf(1), 100, 101, 98, 100, 0.01) { Volume = 1_000, PointValue = 2 },
                new FillBar(2, TestBars.TimeOf(2), 100, 100, 100, 100, 0.01) { Volume = 1_000, PointValue = 2 },
                new FillBar(3, TestBars.TimeOf(3), 102, 102, 102, 102, 0.01) { Volume = 1_000, PointValue = 2 },
            },
            recorder.Bars);
    }

    [Fact]
    public void A_volume_share_slippage_moves_market_and_stop_fills_by_the_orders_share_of_the_bars_volume()
    {
        // 100 units long at bar 1's open (volume 400: a quarter of it), closed by a stop at 95 on bar 2
        // (volume 50: the share is capped at 0.5); then 40 short at bar 3's open, taken off by a limit at 90.
        Bars bars = WithVolume(
            (100, 100, 100, 100, 1_000), (100, 100, 100, 100, 400), (99, 99, 90, 92, 50), (92, 92, 92, 92, 800), (92, 92, 88, 88, 1_000));
        var slippage = new VolumeShareSlippage(priceImpact: 0.1, volumeLimit: 0.5);
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long, qty: 100);
                strategy.Exit("SL", "L", stop: 95);
            }

            if (bar == 2)
            {
                strategy.Entry("S", Direction.Short, qty: 40);
                strategy.Exit("TP", "S", limit: 90);
            }
        }, new RunOptions { SlippageModel = slippage });

        double entry = 100 + 100 * 0.1 * (0.25 * 0.25);     // buy: up by price × impact × share²
        double stopExit = 95 - 95 * 0.1 * (0.5 * 0.5);      // sell at the stop: down; 100 / 50 capped at 0.5
        double shortEntry = 92 - 92 * 0.1 * (0.05 * 0.05);  // sell 40 of 800
        Trade[] trades = result.ClosedTrades.ToArray();
        Assert.Equal(2, trades.Length);
        Assert.Equal((entry, stopExit), (trades[0].EntryPrice, trades[0].ExitPrice));
        Assert.Equal((shortEntry, 90.0), (trades[1].EntryPrice, trades[1].ExitPrice)); // a limit fill takes no slippage
        Assert.Equal((stopExit - entry) * 100, trades[0].Profit);
    }

    [Fact]
    public void A_slippage_model_is_told_the_price_before_slippage_and_na_volume_when_the_bars_have_none()
    {
        var recorder = new RecordingSlippage(0.5);
        StrategyResult result = Run(TestBars.Prices(100, 100, 110, 110), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: 3);
            if (bar == 1) strategy.Close("L");
        }, new RunOptions { SlippageModel = recorder });

        Assert.Equal(
            new[] { ("L", OrderType.Market, Direction.Long, OrderRole.Entry, 3.0, 100.0), ("L", OrderType.Market, Direction.Short, OrderRole.Exit, 3.0, 110.0) },
            recorder.Orders.Select(o => (o.Id, o.Type, o.Side, o.Role, o.Quantity, o.Price)));
        Assert.All(recorder.Bars, bar => Assert.True(double.IsNaN(bar.Volume)));
        Assert.Equal((100.5, 109.5), (result.ClosedTrades[0].EntryPrice, result.ClosedTrades[0].ExitPrice));
    }

    /// <summary>Maker/taker fees: limit fills (resting orders) pay the maker rate, everything else the taker rate; a percent of the fill's value.</summary>
    private sealed class MakerTakerCommission(double makerPercent, double takerPercent) : ICommissionModel
    {
        public double Commission(in OrderFill order, in FillBar bar)
        {
            double rate = order.Type is OrderType.Limit or OrderType.StopLimit ? makerPercent : takerPercent;
            return order.Quantity * order.Price * bar.PointValue * rate / 100;
        }
    }

    /// <summary>
    /// LEAN's volume-share slippage: price × impact × (quantity / bar volume)², the share capped at
    /// <paramref name="volumeLimit"/>; against the order (a buy fills higher).
    /// </summary>
    private sealed class VolumeShareSlippage(double priceImpact, double volumeLimit) : ISlippageModel
    {
        public double Slip(in OrderFill order, in FillBar bar)
        {
            double share = Math.Min(order.Quantity / bar.Volume, volumeLimit);
            double slippage = order.Price * priceImpact * (share * share);
            return order.Side == Direction.Long ? order.Price + slippage : order.Price - slippage;
        }
    }

    private sealed class RecordingCommission : ICommissionModel
    {
        public List<OrderFill> Orders { get; } = new();

        public List<FillBar> Bars { get; } = new();

        public double Commission(in OrderFill order, in FillBar bar)
        {
            Orders.Add(order);
            Bars.Add(bar);
            return 0;
        }
    }

    private sealed class RecordingSlippage(double amount) : ISlippageModel
    {
        public List<OrderFill> Orders { get; } = new();

        public List<FillBar> Bars { get; } = new();

        public double Slip(in OrderFill order, in FillBar bar)
        {
            Orders.Add(order);
            Bars.Add(bar);
            return order.Side == Direction.Long ? order.Price + amount : order.Price - amount;
        }
    }
}
