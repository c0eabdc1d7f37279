using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;
using ScriptGen.Trading;
using ScriptGen.Trading.Models;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// The replaceable parts: a registered <c>strategy</c> namespace sees every order call, and the fill,
/// commission and slippage models given in <see cref="RunOptions"/> replace the defaults.
/// </summary>
public sealed class BrokerExtensionTests
{
    private static readonly (double, double, double, double) Flat100 = (100, 100, 100, 100);

    private static StrategyResult Run(Bars bars, Action<int, PineStrategy> plan, RunOptions options, RuntimeEnvironment? environment = null)
    {
        OrderPlan script = OrderPlan.Create();
        script.OnBar = plan;
        return (environment ?? new RuntimeEnvironment()).RunStrategy(script, bars, options);
    }

    [Fact]
    public void A_registered_strategy_namespace_sees_and_can_change_every_order()
    {
        var longOnly = new LongOnlyStrategy();
        var environment = new RuntimeEnvironment().RegisterNamespace("strategy", longOnly);

        StrategyResult result = Run(TestBars.Prices(10, 11, 12, 13), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: 2);
            if (bar == 1) strategy.Entry("S", Direction.Short);
        }, RunOptions.Default, environment);

        Assert.Equal(new[] { "L", "S" }, longOnly.Seen);
        Assert.Equal(("L", 2.0), (Assert.Single(result.OpenTrades).EntryId, result.OpenTrades[0].Quantity)); // the short was dropped
    }

    [Fact]
    public void A_registered_strategy_namespace_reads_the_account_and_places_orders_of_its_own()
    {
        var protective = new ProtectiveStops(lossTicks: 200);
        var environment = new RuntimeEnvironment().RegisterNamespace("strategy", protective);

        StrategyResult result = Run(TestBars.Ohlc(Flat100, Flat100, (100, 101, 97, 98), Flat100), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: 2);
            if (bar == 1) strategy.Entry("L2", Direction.Long, qty: 1); // already long: the namespace drops it
        }, RunOptions.Default, environment);

        // The stop it attached to "L" sits 200 ticks (2.00) under the entry at 100 and fills on bar 2's way down.
        Trade trade = Assert.Single(result.ClosedTrades);
        Assert.Equal(("L", 2.0, "Stop L", 98.0), (trade.EntryId, trade.Quantity, trade.ExitId, trade.ExitPrice));
        Assert.Equal(new[] { ("L", 0.0, 1_000_000.0, 0), ("L2", 2.0, 1_000_000.0, 1) }, protective.Seen);
    }

    [Fact]
    public void A_fill_model_decides_the_path_and_so_which_bracket_leg_fills()
    {
        // TradingView's path for (100, 103, 95, 99) goes to the high first and takes the profit at 102.
        Bars bars = TestBars.Ohlc(Flat100, (100, 103, 95, 99));
        Action<int, PineStrategy> plan = (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("X", "L", limit: 102, stop: 98);
            }
        };

        StrategyResult tradingView = Run(bars, plan, RunOptions.Default);
        StrategyResult lowFirst = Run(bars, plan, new RunOptions { FillModel = new LowFirstFillModel() });

        Assert.Equal(102, tradingView.ClosedTrades[0].ExitPrice);
        Assert.Equal(98, lowFirst.ClosedTrades[0].ExitPrice);
    }

    [Fact]
    public void Commission_and_slippage_models_replace_the_settings()
    {
        StrategyResult result = Run(TestBars.Prices(100, 100, 110, 110), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: 3);
            if (bar == 1) strategy.Close("L");
        }, new RunOptions { CommissionModel = new FlatFee(2.5), SlippageModel = new FixedSlippage(0.5) });

        Trade trade = Assert.Single(result.ClosedTrades);
        Assert.Equal((100.5, 109.5, 5.0), (trade.EntryPrice, trade.ExitPrice, trade.Commission));
        Assert.Equal(3 * (109.5 - 100.5) - 5, trade.Profit, 12);
    }

    private sealed class LongOnlyStrategy : StrategyNamespace
    {
        public List<string> Seen { get; } = new();

        public override void Entry(IOrderBook orders, string id, Direction direction, double qty, double limit, double stop, string? ocaName, OcaType ocaType, string? comment)
        {
            Seen.Add(id);
            if (direction == Direction.Long)
            {
                base.Entry(orders, id, direction, qty, limit, stop, ocaName, ocaType, comment);
            }
        }
    }

    /// <summary>Attaches a stop-loss to every entry, and drops entries that would add to a position.</summary>
    private sealed class ProtectiveStops(double lossTicks) : StrategyNamespace
    {
        public List<(string Id, double PositionSize, double Equity, int OpenTrades)> Seen { get; } = new();

        public override void Entry(IOrderBook orders, string id, Direction direction, double qty, double limit, double stop, string? ocaName, OcaType ocaType, string? comment)
        {
            IStrategyAccount account = orders.Account;
            Seen.Add((id, account.PositionSize, account.Equity, account.OpenTrades.Count));
            if (direction == Direction.Long ? account.PositionSize > 0 : account.PositionSize < 0)
            {
                return;
            }

            base.Entry(orders, id, direction, qty, limit, stop, ocaName, ocaType, comment);
            orders.Exit("Stop " + id, id, quantity: double.NaN, quantityPercent: double.NaN, profitTicks: double.NaN, limit: double.NaN,
                lossTicks: lossTicks, stop: double.NaN, trailPrice: double.NaN, trailPoints: double.NaN, trailOffset: double.NaN, ocaName: null,
                comment: null, commentProfit: null, commentLoss: null, commentTrailing: null);
        }
    }

    private sealed class LowFirstFillModel : IFillModel
    {
        public int MaxPathLength => 4;

        public int Path(in FillBar bar, Span<double> path)
        {
            path[0] = bar.Open;
            path[1] = bar.Low;
            path[2] = bar.High;
            path[3] = bar.Close;
            return 4;
        }
    }

    private sealed class FlatFee(double fee) : ICommissionModel
    {
        public double Commission(in OrderFill order, in FillBar bar) => fee;
    }

    private sealed class FixedSlippage(double amount) : ISlippageModel
    {
        public double Slip(in OrderFill order, in FillBar bar) => order.Side == Direction.Long ? order.Price + amount : order.Price - amount;
    }
}
