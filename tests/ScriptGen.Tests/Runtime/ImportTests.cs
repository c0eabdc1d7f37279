using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>
/// An imported indicator runs on the same bars as its importer, one step ahead on every bar, once per
/// distinct (indicator, inputs) however many scripts import it, and its plots read back in history.
/// </summary>
public sealed class ImportTests
{
    private static readonly double[] s_closes = [10, 11, 13, 12, 15, 14, 16, 18, 17, 19, 21, 20];
    private static readonly Bars s_bars = TestBars.Closes(s_closes);

    [Fact]
    public void An_imported_plot_equals_the_same_ta_call_in_the_importer_on_every_bar()
    {
        ImportProbe probe = ImportProbe.Create();
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(probe, s_bars);

        double[] imported = Values(result, "imported sma(3)");
        Assert.Equal(Values(result, "own sma(3)"), imported);
        Assert.Equal(Values(result, "own sma(5)"), Values(result, "imported sma(5)"));
        Assert.Equal([double.NaN, .. imported[..^1]], Values(result, "imported sma(3)[1]"));
        Assert.Equal(s_closes.Length, imported.Length);
        Assert.Equal((10 + 11 + 13) / 3.0, imported[2]);
        Assert.Equal(0, probe.LockstepViolations);
    }

    [Fact]
    public void Equal_inputs_share_one_instance_computed_once_per_bar()
    {
        ImportProbe probe = ImportProbe.Create();
        new RuntimeEnvironment().RunIndicator(probe, s_bars);

        Assert.Same(probe.First, probe.Same);
        Assert.Same(probe.First, probe.Nested.Sma); // imported again by the indicator this script imports
        Assert.NotSame(probe.First, probe.Other);
        Assert.Equal(s_closes.Length, probe.First.BarsProcessed);
        Assert.Equal(s_closes.Length, probe.Other.BarsProcessed);
    }

    [Fact]
    public void An_indicator_importing_an_indicator_reads_it_on_the_same_bar()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(ImportProbe.Create(), s_bars);

        double[] sma3 = Values(result, "own sma(3)");
        double[] nested = Values(result, "imported sma of sma");
        for (int bar = 3; bar < sma3.Length; bar++)
        {
            Assert.Equal((sma3[bar] + sma3[bar - 1]) / 2, nested[bar], 12);
        }
    }

    [Fact]
    public void Imported_plots_are_kept_even_when_the_run_does_not_record_plots()
    {
        ImportProbe probe = ImportProbe.Create();
        new RuntimeEnvironment().RunIndicator(probe, s_bars, new RunOptions { RecordPlots = false });

        Assert.Equal(0, probe.LockstepViolations);
        Assert.Equal(s_closes.Length, probe.First.BarsProcessed);
    }

    [Fact]
    public void A_failure_in_an_imported_indicator_names_it_its_importer_and_the_bar()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(FailingImportProbe.Create(), s_bars));

        Assert.Equal(("counting sma", 4), (failure.ScriptTitle, failure.BarIndex));
        Assert.StartsWith("Script 'counting sma' (imported by 'failing import probe') failed on bar 4", failure.Message);
        Assert.EndsWith("ImportProbes.pine.cs", failure.SourceFile);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
    }

    [Fact]
    public void The_metadata_lists_the_imported_indicators()
    {
        Assert.Equal(["ScriptGen.Tests.Scripts.CountingSma", "ScriptGen.Tests.Scripts.SmaOfSma"], ImportProbe.Metadata.Imports);
        Assert.Empty(CountingSma.Metadata.Imports);
    }

    [Fact]
    public void A_plot_read_outside_a_run_that_imports_it_says_so()
    {
        CountingSma sma = CountingSma.Create();
        new RuntimeEnvironment().RunIndicator(sma, s_bars);

        var failure = Assert.Throws<ScriptRuntimeException>(() => sma.Plots.SMA.Value);
        Assert.Contains("was read outside a run that imports it", failure.Message);
    }

    private static double[] Values(IndicatorResult result, string plot) => result.GetPlot(plot).Values.ToArray();
}
