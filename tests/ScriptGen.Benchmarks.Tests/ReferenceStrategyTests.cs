using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.Strategies;

namespace ScriptGen.Benchmarks.Tests;

/// <summary>
/// Each strategy the benchmarks time against a hand-written loop gives that loop's results exactly: every
/// trade (direction, size, entry and exit bar, time and price, profit, path extremes), every bar's equity, net
/// profit, drawdown and run-up. The hand loops are written from the broker's rules as docs/strategy.md states
/// them, not from the broker's code, so a change to the broker, to <c>ta</c> or to a sample that moves one fill
/// or one bit of one value fails here, in CI, rather than at the next timing run. Over 20,000 synthetic bars
/// (three seeds), where the benchmarks use 1,000,000.
/// </summary>
public sealed class ReferenceStrategyTests
{
    private const int BarCount = 20_000;

    public static TheoryData<string, ulong> Cases()
    {
        var cases = new TheoryData<string, ulong>();
        foreach (ReferenceStrategyBenchmarks strategy in AllVariants.ReferenceStrategies())
        {
            foreach (ulong seed in new ulong[] { 1, 2, SyntheticBars.BenchmarkSeed })
            {
                cases.Add(strategy.Name, seed);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_reference_strategy_trades_and_values_equity_exactly_as_its_hand_loop(string name, ulong seed)
    {
        ReferenceStrategyBenchmarks strategy = AllVariants.ReferenceStrategies().Single(s => s.Name == name);

        StrategyResult result = strategy.Verify(SyntheticBars.Generate(BarCount, seed));

        Assert.True(result.ClosedTrades.Count > BarCount / 1000, $"{name}: {result.ClosedTrades.Count} trades");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(SyntheticBars.BenchmarkSeed)]
    public void A_strategy_importing_a_daily_EMA_trades_as_one_reading_daily_values_computed_by_hand(ulong seed)
    {
        // 100,000 one-minute bars: 69 UTC days, so the 20-day EMA is defined for most of them.
        var benchmark = new MultiTimeframe.DailyFilterBenchmarks();
        benchmark.SetupFor(SyntheticBars.Generate(100_000, seed));
        benchmark.Verify();
    }

    [Theory]
    [InlineData("Changes", 1UL, 50)]
    [InlineData("Changes", SyntheticBars.BenchmarkSeed, 50)]
    [InlineData("Alma", 1UL, 49)]
    [InlineData("Alma", SyntheticBars.BenchmarkSeed, 49)]
    public void Windows_over_bar_columns_read_in_place_or_copied_give_the_hand_loops_values(string family, ulong seed, long warmUpBars)
    {
        HandLoops.SeriesChecksum hand = new ColumnHistoryBenchmarks { Family = family }.Verify(SyntheticBars.Generate(BarCount, seed));

        Assert.Equal((warmUpBars, BarCount - warmUpBars), (hand.NaCount, hand.Defined)); // na until the longest window has its history
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(SyntheticBars.BenchmarkSeed)]
    public void Pivots_of_bar_columns_scanned_in_place_or_copied_give_the_hand_loops_values(ulong seed)
    {
        HandLoops.SeriesChecksum hand = new ColumnHistoryBenchmarks { Family = "Pivots" }.Verify(SyntheticBars.Generate(BarCount, seed));

        Assert.Equal(2L * BarCount, hand.NaCount + hand.Defined); // a pivot high and a pivot low each bar
        Assert.InRange(hand.Defined, BarCount / 50, BarCount / 2); // pivots found, on a minority of bars
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(SyntheticBars.BenchmarkSeed)]
    public void The_EMA_Cross_strategy_trades_and_values_equity_exactly_as_its_hand_loop(ulong seed)
    {
        new EmaCrossStrategyBenchmarks().Verify(SyntheticBars.Generate(BarCount, seed));
    }

    /// <summary>
    /// Brackets of 10 and 6 ticks (under a bar's typical move) fill on the bar their entry filled and at gapped opens,
    /// which the sample's wider ones rarely do.
    /// </summary>
    [Theory]
    [InlineData(1UL)]
    [InlineData(SyntheticBars.BenchmarkSeed)]
    public void Tight_exit_brackets_fill_on_entry_bars_and_at_gaps_exactly_as_the_hand_loop_fills_them(ulong seed)
    {
        var strategy = new RsiExitStrategyBenchmarks { Inputs = Samples.Scripts.RsiExitStrategy.Inputs.Default with { ProfitTicks = 10, LossTicks = 6 } };
        SyntheticBars data = SyntheticBars.Generate(BarCount, seed);

        StrategyResult result = strategy.Verify(data);

        int takeProfitsOnEntryBar = result.ClosedTrades.Count(t => t.ExitComment is "RsiLE TP" or "RsiSE TP" && t.ExitBar == t.EntryBar);
        int stopLossesOnEntryBar = result.ClosedTrades.Count(t => t.ExitComment is "RsiLE SL" or "RsiSE SL" && t.ExitBar == t.EntryBar);
        int atGappedOpens = result.ClosedTrades.Count(t => t.ExitComment is not null && t.ExitBar > t.EntryBar && t.ExitPrice == data.Open[t.ExitBar]);
        Assert.True(takeProfitsOnEntryBar > 0 && stopLossesOnEntryBar > 0 && atGappedOpens > 0,
            $"take-profits on entry bars {takeProfitsOnEntryBar}, stop-losses on entry bars {stopLossesOnEntryBar}, exits at gapped opens {atGappedOpens}");
    }

    [Fact]
    public void A_hand_loop_that_fills_one_trade_differently_fails_the_check()
    {
        var strategy = new MacdStrategyBenchmarks();
        SyntheticBars data = SyntheticBars.Generate(BarCount, 1);
        StrategyResult script = strategy.RunScript(data);
        HandLoops.HandStrategyResult hand = strategy.RunHandLoop(data);
        HandLoops.HandTrade first = hand.ClosedTrades[0];
        hand.ClosedTrades[0] = first with { ExitPrice = first.ExitPrice + 0.00001 };

        var failure = Assert.Throws<InvalidOperationException>(() => Verification.SameStrategy(strategy.Name, script, hand, 0));

        Assert.StartsWith("MACD Strategy: trade 0 differs.", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The sweep benchmark's three sweeps (Sweep.Run sharing each EMA, the hand-written sweep sharing them the same way,
    /// and the hand loops computing their own) give every run the same trades, equity, net profit, drawdown and run-up,
    /// with drawdown followed along the paths and without it (then na in all three).
    /// </summary>
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    public void The_sweep_and_the_hand_written_sweeps_with_and_without_shared_EMAs_agree_run_for_run(int threads, bool drawdown)
    {
        Samples.Scripts.EmaCross.Inputs[] grid =
            [.. from fast in Sweep.Range(5, 8) from slow in Sweep.Range(25, 35, 5) select new Samples.Scripts.EmaCross.Inputs { FastLength = fast, SlowLength = slow }];

        SweepResult<Samples.Scripts.EmaCross.Inputs> sweep = new Sweeps.SweepBenchmarks().Verify(SyntheticBars.Generate(BarCount, 1), grid, threads, drawdown);

        Assert.True(sweep.Sharing.SeriesReads > 0);
    }
}
