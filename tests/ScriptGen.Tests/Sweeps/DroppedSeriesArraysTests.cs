using ScriptGen.Samples.Scripts;

namespace ScriptGen.Tests.Sweeps;

/// <summary>
/// Series arrays a sweep dropped are taken again by the next series of the same type and length (while the collector has
/// not reclaimed them), holding the values of the series they held before: results must not see them.
/// </summary>
public sealed class DroppedSeriesArraysTests
{
    [Fact]
    public void A_dropped_array_still_alive_is_taken_again_by_type_and_length_only()
    {
        double[] dropped = new double[1_234];
        DroppedSeriesArrays.Give(dropped);

        Assert.NotSame(dropped, DroppedSeriesArrays.Take<double>(1_235));
        Assert.NotSame(dropped, DroppedSeriesArrays.Take<long>(1_234));
        Assert.Same(dropped, DroppedSeriesArrays.Take<double>(1_234));
        Assert.NotSame(dropped, DroppedSeriesArrays.Take<double>(1_234)); // Taken once: it is no longer there.
    }

    [Fact]
    public void A_sweep_that_takes_arrays_holding_other_values_gives_the_results_of_a_sweep_without_sharing()
    {
        EmaCross.Inputs[] grid = [.. from fast in Sweep.Range(5, 9) from slow in Sweep.Range(20, 30, 5) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];
        SweepOptions options = SweepData.LeanOptions with { MaxDegreeOfParallelism = 1 };
        // Arrays of the bars' length full of values no EMA of these bars takes, as another sweep's series would leave them.
        double[][] stale = [.. Enumerable.Range(0, 16).Select(_ => Enumerable.Repeat(-1e9, SweepData.Bars.Count).ToArray())];
        foreach (double[] array in stale)
        {
            DroppedSeriesArrays.Give(array);
        }

        SweepResult<EmaCross.Inputs> shared = Sweep.Run(SweepData.Bars, grid, options);
        SweepResult<EmaCross.Inputs> alone = Sweep.Run(SweepData.Bars, grid, options with { SharedSeriesMemory = 0 });

        Assert.Contains(stale, array => array[0] != -1e9); // The sweep (or another test's, running alongside) recorded into them.
        Assert.True(shared.Sharing.SeriesReads > 0);
        Assert.Equal(alone.Runs.Select(run => run.Summary), shared.Runs.Select(run => run.Summary));
    }
}
