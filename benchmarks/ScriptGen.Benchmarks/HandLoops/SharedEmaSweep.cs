using ScriptGen.Benchmarks.Data;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// The hand-written EMA Cross sweep the sweep benchmarks compare with: each distinct length's EMA computed once (in
/// parallel), then every run's hand-written strategy loop reading its two.
/// </summary>
internal static class SharedEmaSweep
{
    private static readonly StrategySettings s_settings = EmaCross.Metadata.Strategy ?? StrategySettings.Default;

    public static HandStrategyResult[] Run(SyntheticBars data, EmaCross.Inputs[] grid, int threads, bool drawdown)
    {
        int[] lengths = [.. grid.SelectMany(inputs => new[] { inputs.FastLength, inputs.SlowLength }).Distinct()];
        var emas = new double[lengths.Length][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.For(0, lengths.Length, parallel, i => emas[i] = EmaCrossStrategyHandLoop.EmaSeries(data.Close, lengths[i]));
        var results = new HandStrategyResult[grid.Length];
        Parallel.For(0, grid.Length, parallel, i => results[i] = EmaCrossStrategyHandLoop.Run(
            data.Time, data.Open, data.High, data.Low, data.Close, RunOptions.Default.Symbol.MinTick,
            emas[Array.IndexOf(lengths, grid[i].FastLength)], emas[Array.IndexOf(lengths, grid[i].SlowLength)], grid[i].SlowLength,
            s_settings.InitialCapital, s_settings.DefaultQuantity, RunOptions.Default.Symbol.PointValue, drawdown));
        return results;
    }
}
