using System.Reflection;
using CsCheck;
using ScriptGen.CompilerServices;
using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;
using ScriptGen.Trading;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// A generated <c>strategy.exit</c> call site whose arguments never change returns at once while the broker would return
/// its call as a repeat (<see cref="StrategyCalls.Exit"/>), and a <c>strategy.cancel</c> or <c>strategy.cancel_all</c> one
/// while the order book is as its last call left it, without passing the call down. Random bars and inputs run
/// <see cref="OrderCallSiteProbe"/> three ways: as generated (the call sites skip), with a registered <c>strategy</c>
/// implementation that passes every call on (the sites never skip: every call reaches the broker, whose memo returns
/// repeated exits), and with every exit placed in full. All three must give the same trades and what the script read on
/// every bar, and the first two the same repeats.
/// </summary>
public sealed class OrderCallSiteTests
{
    private const int ExitSitesPerBar = 6;

    [Fact]
    public void Random_runs_trade_the_same_whether_repeats_return_at_the_call_site_at_the_broker_or_are_placed_in_full()
    {
        long atSite = 0, trades = 0, cancelled = 0;
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            Bars bars = RandomOrderParts.Bars(random, 300);
            var inputs = new OrderCallSiteProbe.Inputs
            {
                Fast = random.Next(2, 5),
                Slow = random.Next(5, 12),
                AddEvery = random.Next(3, 12),
                ProfitTicks = random.Next(10, 150),
                LossTicks = random.Next(10, 150),
                TrailTicks = random.Next(4, 60),
                ExitPercent = random.Next(1, 5) * 25,
            };

            (RunOutcome generated, OrderPlacement sitePlacement) = Run(bars, inputs, strategyNamespace: null, placeInFull: false);
            var passing = new PassingStrategy();
            (RunOutcome atBroker, OrderPlacement brokerPlacement) = Run(bars, inputs, passing, placeInFull: false);
            (RunOutcome inFull, OrderPlacement fullPlacement) = Run(bars, inputs, strategyNamespace: null, placeInFull: true);

            Assert.Equal(inFull.Trades, generated.Trades);
            Assert.Equal(inFull.Observed, generated.Observed);
            Assert.Equal(inFull.Trades, atBroker.Trades);
            Assert.Equal(inFull.Observed, atBroker.Observed);
            Assert.Equal(brokerPlacement.RepeatedExitCalls, sitePlacement.RepeatedExitCalls);
            Assert.Equal(0, brokerPlacement.RepeatedAtCallSite);
            Assert.Equal(0, fullPlacement.RepeatedExitCalls);
            Assert.Equal(bars.Count * ExitSitesPerBar, passing.ExitCalls); // a registered implementation sees every call
            Assert.Equal(bars.Count, passing.CancelCalls["L3"]);
            atSite += sitePlacement.RepeatedAtCallSite;
            trades += inFull.Trades.Length;
            cancelled += passing.CancelledL3;
        }, iter: 100);

        // The comparison means something only if the runs trade and their call sites skip.
        Assert.True(atSite > 5_000, $"only {atSite} exit calls returned at their call site");
        Assert.True(cancelled > 1_000, $"only {cancelled} one-bar limits were cancelled");
        Assert.True(trades > 1_000, $"only {trades} trades");
    }

    [Fact]
    public void Calls_that_would_repeat_return_at_their_call_site_and_two_sites_sharing_an_id_place_in_turn()
    {
        // Flat bars: no cross. Bar 0 places L2 and cancels it (bar_index 0 is a multiple of 17), so from bar 1 on nothing is
        // pending or open and the six exit calls of each bar change nothing.
        Bars bars = TestBars.Ohlc(Enumerable.Repeat((100.0, 100.3, 99.9, 100.0), 6).ToArray());
        var inputs = new OrderCallSiteProbe.Inputs { Fast = 2, Slow = 3, AddEvery = 1_000 };

        (RunOutcome generated, OrderPlacement sites) = Run(bars, inputs, strategyNamespace: null, placeInFull: false);
        (_, OrderPlacement broker) = Run(bars, inputs, new PassingStrategy(), placeInFull: false);

        Assert.Empty(generated.Trades);
        // Bars 1 to 5: XL, XL2 and XA repeat (3 a bar, 15); the two XS sites place in turn, each replacing the other's call in
        // the id's memo; the trailing XT is never a repeat. At the call sites as generated, at the broker through a registered
        // implementation.
        Assert.Equal((15L, 15L), (sites.RepeatedExitCalls, sites.RepeatedAtCallSite));
        Assert.Equal((15L, 0L), (broker.RepeatedExitCalls, broker.RepeatedAtCallSite));
    }

    [Fact]
    public void The_adapter_declares_the_facades_parameters_with_their_defaults()
    {
        ParameterInfo[] facade = typeof(PineStrategy).GetMethod(nameof(PineStrategy.Exit))!.GetParameters();
        ParameterInfo[] adapter = typeof(StrategyCalls).GetMethod(nameof(StrategyCalls.Exit))!.GetParameters();

        Assert.Equal(facade.Length + 2, adapter.Length);
        for (int i = 0; i < facade.Length; i++)
        {
            ParameterInfo expected = facade[i], actual = adapter[i + 2];
            Assert.Equal((expected.Name, expected.ParameterType, expected.HasDefaultValue, expected.DefaultValue),
                (actual.Name, actual.ParameterType, actual.HasDefaultValue, actual.DefaultValue));
        }
    }

    private static (RunOutcome Run, OrderPlacement Placement) Run(Bars bars, OrderCallSiteProbe.Inputs inputs, StrategyNamespace? strategyNamespace, bool placeInFull)
    {
        OrderCallSiteProbe script = OrderCallSiteProbe.Create(inputs);
        script.PlaceEveryExitInFull = placeInFull;
        var environment = new RuntimeEnvironment();
        if (strategyNamespace is not null)
        {
            environment.RegisterNamespace("strategy", strategyNamespace);
        }

        StrategyResult result = environment.RunStrategy(script, bars, new RunOptions { Symbol = SymbolInfo.Default });
        var trades = result.ClosedTrades.Concat(result.OpenTrades)
            .Select(t => (t.EntryBar, t.ExitBar, t.EntryPrice, t.ExitPrice, t.EntryId, t.ExitId, t.Quantity, t.ExitComment))
            .ToArray();
        return (new RunOutcome(trades, script.Observed), script.Broker.Placement);
    }

    private sealed record RunOutcome(
        (int, int, double, double, string, string?, double, string?)[] Trades,
        List<(double PositionSize, double Equity, double OpenProfit, int ClosedTrades)> Observed);

    /// <summary>Passes every call on as the default does, counting the exits and the cancels (and the L3 limits a cancel removed).</summary>
    private sealed class PassingStrategy : StrategyNamespace
    {
        public int ExitCalls { get; private set; }

        public Dictionary<string, int> CancelCalls { get; } = new();

        public int CancelledL3 { get; private set; }

        public override void Cancel(IOrderBook orders, string id)
        {
            CancelCalls[id] = CancelCalls.GetValueOrDefault(id) + 1;
            long before = ((Broker)orders).OrderChanges;
            base.Cancel(orders, id);
            CancelledL3 += id == "L3" && ((Broker)orders).OrderChanges != before ? 1 : 0;
        }

        public override void Exit(
            IOrderBook orders, string id, string? fromEntry, double qty, double qtyPercent, double profit, double limit, double loss, double stop,
            double trailPrice, double trailPoints, double trailOffset, string? ocaName, string? comment, string? commentProfit,
            string? commentLoss, string? commentTrailing)
        {
            ExitCalls++;
            base.Exit(orders, id, fromEntry, qty, qtyPercent, profit, limit, loss, stop, trailPrice, trailPoints, trailOffset, ocaName, comment,
                commentProfit, commentLoss, commentTrailing);
        }
    }
}
