using CsCheck;
using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;
using ScriptGen.Trading.Models;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// On TradingView's path the broker marks a bar with nothing in reach without writing the path out: the range is the bar's
/// low to its high and one open trade's equity is sampled at the open, the nearer extreme, the farther one and the close as
/// values. A fill model that gives the very same path, but is not <see cref="TradingViewFillModel"/>, takes the general
/// walk. Random order plans run both ways must give the same trades (run-up and drawdown included), the same equity on every
/// bar, the same summary extremes and the same values read by the script.
/// </summary>
public sealed class TradingViewPathShortcutTests
{
    [Fact]
    public void Random_order_plans_trade_and_mark_the_same_as_the_general_walk_of_the_same_path()
    {
        int trades = 0, pyramidedBars = 0;
        Gen.Int.Sample(seed =>
        {
            var plan = new Plan(seed);
            Run shortcut = plan.Run(fillModel: null);
            Run general = plan.Run(new SamePathModel());

            Assert.Equal(general.Trades, shortcut.Trades);
            Assert.Equal(general.Equity, shortcut.Equity);
            Assert.Equal(general.Extremes, shortcut.Extremes);
            Assert.Equal(general.Observed, shortcut.Observed);
            trades += general.Trades.Length;
            pyramidedBars += general.Observed.Count(o => Math.Abs(o.PositionSize) > 3); // Quantities are 1-3: more is several trades.
        }, iter: 200);

        // The comparison means something only if the plans trade, and hold several trades at once on some bars.
        Assert.True(trades > 2_000, $"only {trades} trades");
        Assert.True(pyramidedBars > 500, $"only {pyramidedBars} bars with several open trades");
    }

    private sealed record Run(
        (int, int, double, double, string, string?, double, double, double, double)[] Trades,
        double[] Equity,
        (double, double, double, double) Extremes,
        List<(double PositionSize, double Equity, double OpenProfit, int Count)> Observed);

    /// <summary>TradingView's path from a model the broker does not recognise as TradingView's.</summary>
    private sealed class SamePathModel : IFillModel
    {
        public int MaxPathLength => TradingViewFillModel.Instance.MaxPathLength;

        public int Path(in FillBar bar, Span<double> path) => TradingViewFillModel.Instance.Path(in bar, path);
    }

    /// <summary>Random bars, settings and order calls per bar, drawn once from a seed so both runs place the same calls.</summary>
    private sealed class Plan
    {
        private readonly Bars _bars;
        private readonly StrategySettings _settings;
        private readonly List<Action<PineStrategy>>[] _calls;

        public Plan(int seed)
        {
            var random = new Random(seed);
            int count = random.Next(60, 160);
            _bars = RandomOrderParts.Bars(random, count, flatAndBareBars: true);
            _settings = new StrategySettings
            {
                Pyramiding = random.Next(1, 4),
                CloseEntriesRule = random.Next(2) == 0 ? CloseEntriesRule.Fifo : CloseEntriesRule.Any,
                ProcessOrdersOnClose = random.Next(5) == 0,
            };

            _calls = new List<Action<PineStrategy>>[count];
            for (int bar = 0; bar < count; bar++)
            {
                var calls = _calls[bar] = [];
                double close = _bars.Close[bar];
                if (random.NextDouble() < 0.3)
                {
                    calls.Add(RandomOrderParts.Entry(random, close));
                }

                if (random.NextDouble() < 0.3)
                {
                    calls.Add(RandomExit(random));
                }

                double other = random.NextDouble();
                if (other < 0.04)
                {
                    calls.Add(strategy => strategy.Close("L"));
                }
                else if (other < 0.06)
                {
                    calls.Add(strategy => strategy.CloseAll());
                }
                else if (other < 0.09)
                {
                    calls.Add(strategy => strategy.Cancel("X"));
                }
            }
        }

        public Run Run(IFillModel? fillModel)
        {
            OrderPlan plan = OrderPlan.Create();
            plan.OnBar = (bar, strategy) =>
            {
                foreach (Action<PineStrategy> call in _calls[bar])
                {
                    call(strategy);
                }
            };

            StrategyResult result = new RuntimeEnvironment().RunStrategy(
                plan, _bars, new RunOptions { Strategy = _settings, Symbol = SymbolInfo.Default, FillModel = fillModel });
            var trades = result.ClosedTrades.Concat(result.OpenTrades)
                .Select(t => (t.EntryBar, t.ExitBar, t.EntryPrice, t.ExitPrice, t.EntryId, t.ExitId, t.Quantity, t.Profit, t.MaxRunUp, t.MaxDrawdown))
                .ToArray();
            PerformanceSummary summary = result.Summary;
            return new Run(
                trades,
                result.Equity.ToArray(),
                (summary.MaxDrawdown, summary.MaxDrawdownPercent, summary.MaxRunUp, summary.MaxRunUpPercent),
                plan.Observed.Select(o => (o.PositionSize, o.Equity, o.OpenProfit, o.ClosedTrades)).ToList());
        }

        private static Action<PineStrategy> RandomExit(Random random)
        {
            double profit = random.Next(3) == 0 ? double.NaN : random.Next(10, 150);
            double loss = random.Next(3) == 0 ? double.NaN : random.Next(10, 150);
            double trailPoints = random.Next(4) == 0 ? random.Next(5, 60) : double.NaN;
            double trailOffset = double.IsNaN(trailPoints) ? double.NaN : random.Next(5, 40);
            if (double.IsNaN(profit) && double.IsNaN(loss) && double.IsNaN(trailPoints))
            {
                profit = 60;
            }

            return strategy => strategy.Exit("X", profit: profit, loss: loss, trailPoints: trailPoints, trailOffset: trailOffset);
        }
    }
}
