using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// Each probe script plots Pine expressions under the column titles of a PyneCore reference file
/// (tests/data/pynecore, see its README); every column must have its plot, and every plotted bar must
/// match the value PyneCore computed, warm-up and na bars included. The scripts go through the whole
/// pipeline: generator, interceptors, runtime.
/// </summary>
public sealed class PyneCoreParityTests
{
    public static TheoryData<string> Files => new()
    {
        "changes.csv",
        "dispersion.csv",
        "percentiles.csv",
        "trend.csv",
        "channels.csv",
        "pivots.csv",
        "volume_flow.csv",
        "math_functions.csv",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_reference_column_is_plotted_and_matches_PyneCore_on_every_bar(string file)
    {
        PyneCoreReference reference = PyneCoreReference.Load(file);
        IndicatorScript script = file switch
        {
            "changes.csv" => ChangesProbe.Create(),
            "dispersion.csv" => DispersionProbe.Create(),
            "percentiles.csv" => PercentilesProbe.Create(),
            "trend.csv" => TrendProbe.Create(),
            "channels.csv" => ChannelsProbe.Create(),
            "pivots.csv" => PivotsProbe.Create(),
            "volume_flow.csv" => VolumeFlowProbe.Create(),
            _ => MathFunctionsProbe.Create(),
        };

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(
            script, reference.Bars, new RunOptions { Symbol = PyneCoreReference.Symbol });

        var plotted = result.Plots.Select(p => p.Title).ToHashSet(StringComparer.Ordinal);
        string[] unplotted = reference.Expressions.Where(e => !plotted.Contains(e)).ToArray();
        string[] unreferenced = plotted.Where(p => !reference.Expressions.Contains(p)).ToArray();
        Assert.True(unplotted.Length == 0, $"{file}: columns without a plot: {string.Join(" | ", unplotted)}");
        Assert.True(unreferenced.Length == 0, $"{file}: plots without a column: {string.Join(" | ", unreferenced)}");
        var failures = new List<string>();
        foreach (PlotResult plot in result.Plots)
        {
            try
            {
                Tolerance.AssertSeries($"{file} {plot.Title}", reference.Csv.Numbers(plot.Title), plot.Values.Span, "PyneCore");
            }
            catch (Xunit.Sdk.XunitException failure)
            {
                failures.Add(failure.Message);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
