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
            $"{result.OpenTrades.Count} open, net profit {result.Summary.NetProfit:F2}, identical equity curve.");
    }
}
