using CsCheck;
using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// A <c>strategy.exit</c> call made again with the same arguments while nothing it reads has changed returns at once (the
/// broker remembers each exit id's last call and the book's change count). Random order plans, with exits called on most bars
/// as Pine scripts call them, are run twice: remembering, and placing every call in full. Both must give the same trades and
/// the same position, equity and trade count the script reads on every bar.
/// </summary>
public sealed class RepeatedExitCallTests
{
    private static readonly string[] s_exitIds = ["X1", "X2", "X3"];

    [Fact]
    public void Random_order_plans_trade_the_same_whether_repeated_exit_calls_are_skipped_or_placed_in_full()
    {
        long skipped = 0, fills = 0;
        Gen.Int.Sample(seed =>
        {
            var plan = new Plan(seed);
            (Run remembering, long repeats) = plan.Run(rememberExits: true);
            (Run placingAll, long repeatsWithout) = plan.Run(rememberExits: false);

            Assert.Equal(0, repeatsWithout);
            Assert.Equal(placingAll.Trades, remembering.Trades);
            Assert.Equal(placingAll.Observed, remembering.Observed);
            skipped += repeats;
            fills += placingAll.Trades.Length;
        }, iter: 150);

        // The comparison means something only if the plans both trade and repeat their exits.
        Assert.True(skipped > 1_000, $"only {skipped} exit calls were skipped as repeats");
        Assert.True(fills > 1_000, $"only {fills} trades");
    }

    [Fact]
    public void An_exit_called_on_every_bar_is_skipped_while_its_trade_stays_open_and_placed_again_after_a_fill()
    {
        // Long at bar 1's open (100); the exit's 1.50 take-profit (101.50) is not reached until bar 4's high.
        Bars bars = TestBars.Ohlc(
            (100, 100.5, 99.5, 100), (100, 100.5, 99.5, 100), (100, 100.5, 99.5, 100), (100, 100.5, 99.5, 100), (100, 102, 99.5, 101),
            (101, 101.5, 100.5, 101));
        OrderPlan script = OrderPlan.Create();
        script.OnBar = (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long, qty: 1);
            }

            strategy.Exit("TP", "L", profit: 150);
        };

        StrategyResult result = new RuntimeEnvironment().RunStrategy(script, bars, new RunOptions { Symbol = SymbolInfo.Default });

        Trade trade = Assert.Single(result.ClosedTrades);
        Assert.Equal((1, 100.0, 4, 101.5, "TP"), (trade.EntryBar, trade.EntryPrice, trade.ExitBar, trade.ExitPrice, trade.ExitId));
        // Bar 0 places the leg waiting for L; L's fill at bar 1 binds it (a change: the call is placed in full); bars 2 and 3
        // repeat it unchanged (skipped); the take-profit's fill on bar 4 changes the book (placed in full, nothing left to
        // protect); bar 5 repeats that (skipped).
        Assert.Equal(3, script.Broker.Placement.RepeatedExitCalls);
    }

    /// <summary>What a run gives that the two ways must agree on: every trade, and what the script read on every bar (with
    /// <c>calc_on_order_fills</c>, on every run of the body).</summary>
    private sealed record Run(
        (int, int, double, double, string, string?, int, double, string?, string?)[] Trades,
        List<(double PositionSize, double Equity, double OpenProfit, int Count)> Observed);

    /// <summary>Random bars, settings and order calls per bar, drawn once from a seed so both runs place the same calls.</summary>
    private sealed class Plan
    {
        private readonly Bars _bars;
        private readonly StrategySettings _settings;
        private readonly List<Action<PineStrategy>>[] _calls;

        public Plan(int seed)
        {
            var random = new Random(seed);
            int count = random.Next(80, 200);
            _bars = RandomOrderParts.Bars(random, count);
            _settings = new StrategySettings
            {
                Pyramiding = random.Next(1, 4),
                CloseEntriesRule = random.Next(2) == 0 ? CloseEntriesRule.Fifo : CloseEntriesRule.Any,
                CalcOnOrderFills = random.Next(4) == 0,
                ProcessOrdersOnClose = random.Next(4) == 0,
            };

            var exits = s_exitIds.Select(id => RandomExit(random, id)).ToArray();
            _calls = new List<Action<PineStrategy>>[count];
            for (int bar = 0; bar < count; bar++)
            {
                var calls = _calls[bar] = [];
                double close = _bars.Close[bar];
                if (random.NextDouble() < 0.25)
                {
                    calls.Add(RandomOrderParts.Entry(random, close));
                }

                for (int e = 0; e < exits.Length; e++)
                {
                    if (random.NextDouble() < 0.08)
                    {
                        exits[e] = RandomExit(random, s_exitIds[e]); // The script changes its exit now and then.
                    }

                    if (random.NextDouble() < 0.85)
                    {
                        calls.Add(exits[e].Place);
                        if (random.NextDouble() < 0.1)
                        {
                            calls.Add(exits[e].Place); // The same call twice on a bar.
                        }
                    }
                }

                double other = random.NextDouble();
                if (other < 0.03)
                {
                    calls.Add(strategy => strategy.Close("L"));
                }
                else if (other < 0.05)
                {
                    calls.Add(strategy => strategy.CloseAll());
                }
                else if (other < 0.08)
                {
                    string id = s_exitIds[random.Next(s_exitIds.Length)];
                    calls.Add(strategy => strategy.Cancel(id));
                }
                else if (other < 0.1)
                {
                    calls.Add(strategy => strategy.Cancel("L"));
                }
            }
        }

        public (Run Run, long RepeatedExitCalls) Run(bool rememberExits)
        {
            StrategyScript script;
            Func<List<(double, double, double, int)>> observed;
            if (_settings.CalcOnOrderFills)
            {
                // Re-runs after fills place the bar's calls again, each from the bar's start.
                FillRerunPlan rerunning = FillRerunPlan.Create();
                rerunning.OnRun = (bar, _, strategy) => Place(rerunning, bar, strategy, rememberExits);
                script = rerunning;
                observed = () => rerunning.Runs.Select(r => (r.PositionSize, r.Equity, r.OpenProfit, r.Run)).ToList();
            }
            else
            {
                OrderPlan plan = OrderPlan.Create();
                plan.OnBar = (bar, strategy) => Place(plan, bar, strategy, rememberExits);
                script = plan;
                observed = () => plan.Observed.Select(o => (o.PositionSize, o.Equity, o.OpenProfit, o.ClosedTrades)).ToList();
            }

            StrategyResult result = new RuntimeEnvironment().RunStrategy(script, _bars, new RunOptions { Strategy = _settings, Symbol = SymbolInfo.Default });
            var trades = result.ClosedTrades.Concat(result.OpenTrades)
                .Select(t => (t.EntryBar, t.ExitBar, t.EntryPrice, t.ExitPrice, t.EntryId, t.ExitId, t.Number, t.Quantity, t.ExitComment, t.EntryComment))
                .ToArray();
            return (new Run(trades, observed()), script.Broker.Placement.RepeatedExitCalls);
        }

        private void Place(StrategyScript script, int bar, PineStrategy strategy, bool rememberExits)
        {
            script.Broker.Placement.RemembersExits = rememberExits;
            foreach (Action<PineStrategy> call in _calls[bar])
            {
                call(strategy);
            }
        }

        private static (string Id, Action<PineStrategy> Place) RandomExit(Random random, string id)
        {
            string? fromEntry = random.Next(4) switch { 0 => null, 1 => "L", 2 => "L2", _ => "S" };
            double qty = random.Next(3) switch { 0 => 1, 1 => 2, _ => double.NaN };
            double qtyPercent = double.IsNaN(qty) && random.Next(3) == 0 ? 50 : double.NaN;
            double profit = random.Next(3) == 0 ? double.NaN : random.Next(10, 120);
            double loss = random.Next(3) == 0 ? double.NaN : random.Next(10, 120);
            if (double.IsNaN(profit) && double.IsNaN(loss))
            {
                profit = 40;
            }

            string? comment = random.Next(2) == 0 ? null : "exit " + id;
            return (id, strategy => strategy.Exit(id, fromEntry, qty: qty, qtyPercent: qtyPercent, profit: profit, loss: loss, comment: comment));
        }
    }
}
