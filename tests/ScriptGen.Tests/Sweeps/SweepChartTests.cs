using ScriptGen.Namespaces;
using ScriptGen.Samples.Scripts;
using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Sweeps;

/// <summary>
/// A sweep's runs give only their summary, so with the default <c>chart</c> namespace they skip the drawing calls. What must
/// still hold: an imported indicator's plots are its importer's data, a registered <c>chart</c> sees every call, and the best
/// runs, run again in full, have their plots.
/// </summary>
public sealed class SweepChartTests
{
    /// <summary>EUR/USD as the trade-list parity tests give it (TradingView's RSI Strategy export was made on these bars).</summary>
    private static readonly SymbolInfo s_eurusd = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { MinTick = 0.00001 };

    [Fact]
    public void A_strategy_trading_on_an_imported_indicators_plot_trades_in_a_sweep_as_TradingViews_export()
    {
        // ImportedRsiStrategy's signals are the imported RSI indicator's plot: with that plot skipped it would never trade.
        TradingViewTrade[] closed = TradingViewTrades.Load("rsi_trades.csv").Where(trade => !trade.IsOpen).ToArray();
        StrategySettings exportSettings = ImportedRsiStrategy.Metadata.Strategy! with
        {
            InitialCapital = 1_000_000, DefaultQuantityType = QuantityType.Fixed, DefaultQuantity = 1,
        };
        var options = new SweepOptions { Run = SweepOptions.Default.Run with { Symbol = s_eurusd, Strategy = exportSettings }, KeepTop = 0 };

        SweepResult<ImportedRsiStrategy.Inputs> sweep = Sweep.Run(SweepData.Bars, [ImportedRsiStrategy.Inputs.Default], options);

        TradeStatistics all = sweep.Runs[0].Summary.All;
        Assert.Equal(closed.Length, all.TotalClosedTrades);
        // Each printed P&L is within half its last digit of the exact one.
        Assert.InRange(all.NetProfit, closed.Sum(t => t.NetProfit - t.NetProfitHalfUnit), closed.Sum(t => t.NetProfit + t.NetProfitHalfUnit));
    }

    [Fact]
    public void A_registered_chart_namespace_sees_every_plot_call_of_every_run()
    {
        var chart = new CountingChart();
        var environment = new RuntimeEnvironment().RegisterNamespace("chart", chart);
        EmaCross.Inputs[] grid = [new() { FastLength = 5, SlowLength = 20 }, new() { FastLength = 9, SlowLength = 21 }, new() { FastLength = 12, SlowLength = 26 }];

        Sweep.Run(SweepData.Bars, grid, SweepData.LeanOptions with { Environment = environment, KeepTop = 0 });

        // EMA Cross plots its two EMAs on every bar.
        Assert.Equal(grid.Length * SweepData.Bars.Count * 2L, chart.PlotCalls);
    }

    /// <summary>
    /// With the default namespaces a run whose drawing is unread skips EMA Cross's plot calls whole, their color arguments
    /// too; a registered <c>color</c> may do something when its colors are read, so every read still happens.
    /// </summary>
    [Fact]
    public void A_registered_color_namespace_sees_every_color_a_runs_plot_calls_read()
    {
        var color = new CountingColors();
        var environment = new RuntimeEnvironment().RegisterNamespace("color", color);
        EmaCross.Inputs[] grid = [new() { FastLength = 5, SlowLength = 20 }, new() { FastLength = 9, SlowLength = 21 }];

        Sweep.Run(SweepData.Bars, grid, SweepData.LeanOptions with { Environment = environment, KeepTop = 0 });

        // EMA Cross plots its fast EMA in color.Teal and its slow one in color.Orange, on every bar.
        Assert.Equal((grid.Length * (long)SweepData.Bars.Count, grid.Length * (long)SweepData.Bars.Count), (color.TealReads, color.OrangeReads));
    }

    [Fact]
    public void The_best_runs_kept_in_full_have_the_plots_of_a_single_backtest()
    {
        EmaCross.Inputs[] grid = [new() { FastLength = 5, SlowLength = 20 }, new() { FastLength = 9, SlowLength = 21 }];

        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars, grid, SweepData.LeanOptions with { KeepTop = 2 });

        foreach (SweepRun<EmaCross.Inputs> run in sweep.Top)
        {
            StrategyResult alone = new RuntimeEnvironment().RunStrategy(EmaCross.Create(run.Inputs), SweepData.Bars, new RunOptions { Symbol = SweepData.EurUsd });
            IReadOnlyList<PlotResult> plots = run.Result!.Plots;
            Assert.Equal(["Fast EMA", "Slow EMA"], plots.Select(plot => plot.Title));
            for (int i = 0; i < plots.Count; i++)
            {
                Assert.Equal(alone.Plots[i].Values.ToArray(), plots[i].Values.ToArray());
            }

            // Pine's color.teal and color.orange, the colors the sample plots its EMAs in.
            Assert.Equal([new Color(0x08, 0x99, 0x81), new Color(0xFF, 0x98, 0x00)], plots.Select(plot => plot.Color));
        }
    }

    /// <summary>Counts the reads of the two colors EMA Cross plots in (from every thread of the sweep).</summary>
    private sealed class CountingColors : ColorNamespace
    {
        private long _teal;
        private long _orange;

        public long TealReads => Interlocked.Read(ref _teal);

        public long OrangeReads => Interlocked.Read(ref _orange);

        public override Color Teal
        {
            get
            {
                Interlocked.Increment(ref _teal);
                return base.Teal;
            }
        }

        public override Color Orange
        {
            get
            {
                Interlocked.Increment(ref _orange);
                return base.Orange;
            }
        }
    }

    /// <summary>Counts the plot calls it is given (from every thread of the sweep) and records them as the default does.</summary>
    private sealed class CountingChart : ChartNamespace
    {
        private long _plotCalls;

        public long PlotCalls => Interlocked.Read(ref _plotCalls);

        public override void Plot(IPlotSink plot, int barIndex, double series, Color? color)
        {
            Interlocked.Increment(ref _plotCalls);
            base.Plot(plot, barIndex, series, color);
        }
    }
}
