namespace ScriptGen.Benchmarks;

/// <summary>
/// The <c>--verify</c> mode: every benchmarked ScriptGen variant checked against its hand loop, in
/// one process, without timing. The benchmarks' own setups run the same checks before each is
/// timed; this is the quick way to see them pass (or why they fail) after changing the runtime.
/// </summary>
internal static class AllVariants
{
    public static void Verify(TextWriter log)
    {
        var indicator = new EmaCrossIndicatorBenchmarks();
        indicator.SetupDefaultTa();
        log.WriteLine($"EMA cross indicator, default ta: same as the hand loop: {indicator.HandLoop()}");
        indicator.SetupRegisteredTa();
        log.WriteLine("EMA cross indicator, registered PassThroughTa: same as the hand loop.");

        foreach (string family in new[] { "Changes", "Alma", "Pivots" })
        {
            var columns = new ColumnHistoryBenchmarks { Family = family };
            columns.SetupInPlace();
            columns.SetupCopied();
            log.WriteLine($"Column {family}, read in place and copied: both the same as the hand loop: {columns.HandLoop()}");
        }

        var movingAverages = new Ta.MovingAveragesBenchmarks();
        movingAverages.Setup();
        log.WriteLine($"Moving averages: the states agree with the hand loop: {movingAverages.HandLoop()}");
        var oscillators = new Ta.OscillatorsBenchmarks();
        oscillators.Setup();
        log.WriteLine($"Oscillators: the states agree with the hand loop: {oscillators.HandLoop()}");
        var bollinger = new Ta.BollingerBenchmarks();
        bollinger.Setup();
        log.WriteLine($"Bollinger Bands: the state agrees with the hand loop: {bollinger.HandLoop()}");
        var channels = new Ta.ChannelsBenchmarks();
        channels.SetupStates();
        log.WriteLine($"Channels (Keltner, Donchian): the states agree with the hand loop: {channels.HandLoop()}");

        var pivots = new Ta.PivotsAndLevelsBenchmarks();
        pivots.SetupStates();
        log.WriteLine($"Pivots and levels, states: same as the hand loop: {pivots.HandLoop()}");

        var volume = new Ta.VolumeFlowBenchmarks();
        volume.SetupStates();
        log.WriteLine($"Volume flow, states: same as the hand loop: {volume.HandLoop()}");

        var strategy = new EmaCrossStrategyBenchmarks();
        strategy.SetupScript();
        StrategyResult result = strategy.Script();
        log.WriteLine(
            $"EMA Cross strategy: same as the hand loop: {result.ClosedTrades.Count} closed trades, " +
            $"{result.OpenTrades.Count} open, net profit {result.Summary.NetProfit:F2}, identical equity curve, drawdown and run-up.");

        foreach (Strategies.ReferenceStrategyBenchmarks reference in ReferenceStrategies())
        {
            StrategyResult run = reference.Verify(Data.SyntheticBars.ForBenchmarks());
            log.WriteLine(
                $"{reference.Name}: same as the hand loop: {run.ClosedTrades.Count} closed trades, {run.OpenTrades.Count} open, " +
                $"net profit {run.Summary.NetProfit:F2}, identical equity curve, drawdown and run-up.");
        }

        var sweep = new Sweeps.SweepBenchmarks { Threads = Environment.ProcessorCount };
        sweep.SetupSweep();
        log.WriteLine($"Sweep: every one of {Sweeps.SweepBenchmarks.RunCount} runs has the hand loop's trades, net profit, drawdown and run-up.");

        new MultiTimeframe.DailyFilterBenchmarks().Setup();
        log.WriteLine("Daily filter: the strategy importing a daily EMA trades exactly as the one reading hand-computed daily values.");

        foreach (int orderEvery in new[] { 0, 10 })
        {
            var broker = new Broker.BrokerBenchmarks { OrderEvery = orderEvery };
            broker.Setup();
            log.WriteLine($"Broker, {(orderEvery == 0 ? "no orders" : $"an order every {orderEvery} bars")}: same as the hand loop: {broker.Broker().ClosedTradeList.Count} closed trades, identical equity, drawdown and run-up.");
        }

        var csv = new Loading.CsvLoadBenchmarks();
        csv.Setup();
        csv.Cleanup();
        log.WriteLine("CSV loaders: the hand loop, CsvHelper and DataFrame.LoadCsv load the same values as BarCsv.");
        new Loading.DataFrameLoadBenchmarks().Setup();
        log.WriteLine("Data frame: the hand copy holds the same values as Bars.FromDataFrame.");
        var arrow = new Loading.ArrowLoadBenchmarks();
        arrow.Setup();
        arrow.Cleanup();
        log.WriteLine("Arrow: the hand loop loads the same values as BarArrow.Read.");
        var parquet = new Loading.ParquetLoadBenchmarks();
        parquet.Setup();
        parquet.Cleanup();
        log.WriteLine("Parquet: the hand loop loads the same values as BarParquet.Read.");
    }

    /// <summary>The reference strategies beside the EMA Cross: each sample strategy against its hand loop.</summary>
    internal static Strategies.ReferenceStrategyBenchmarks[] ReferenceStrategies() =>
    [
        new Strategies.MacdStrategyBenchmarks(),
        new Strategies.RsiStrategyBenchmarks(),
        new Strategies.BollingerStrategyBenchmarks(),
        new Strategies.SupertrendStrategyBenchmarks(),
        new Strategies.RsiExitStrategyBenchmarks(),
    ];
}
