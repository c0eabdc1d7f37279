using ScriptGen.Namespaces;
using ScriptGen.Ta;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>RegisterNamespace: overriding a default (honoured by intercepted calls: ta and chart), adding new names, and clear failures.</summary>
public sealed class NamespaceTests
{
    private static readonly Bars s_bars = TestBars.Closes(10, 11, 12, 13);

    /// <summary>A ta override whose EMA is a constant, so its use is unmistakable.</summary>
    private sealed class ConstantEmaTa : TaNamespace
    {
        public int Calls { get; private set; }

        public override double Ema(ref EmaState state, double source, int length)
        {
            Calls++;
            return 42;
        }
    }

    [Fact]
    public void A_registered_ta_subclass_replaces_the_default_for_intercepted_calls()
    {
        var ta = new ConstantEmaTa();
        var environment = new RuntimeEnvironment().RegisterNamespace("ta", ta);

        IndicatorResult result = environment.RunIndicator(EmaProbe.Create(), s_bars);

        Assert.All(result.GetPlot("ema").Values.ToArray(), value => Assert.Equal(42, value));
        Assert.Equal(s_bars.Count, ta.Calls);
    }

    /// <summary>A chart override that notes every plot call and records the value scaled (or not at all).</summary>
    private sealed class ScalingChart(double factor, bool record = true) : ChartNamespace
    {
        public List<(PlotMetadata Plot, int Bar, double Value, Color? Color)> Calls { get; } = [];

        public override void Plot(IPlotSink plot, int barIndex, double series, Color? color)
        {
            Calls.Add((plot.Metadata, barIndex, series, color));
            if (record)
            {
                base.Plot(plot, barIndex, series * factor, color);
            }
        }
    }

    [Fact]
    public void A_registered_chart_subclass_sees_each_plot_call_with_its_plot_bar_value_and_color()
    {
        var chart = new ScalingChart(1);
        var environment = new RuntimeEnvironment().RegisterNamespace("chart", chart);

        environment.RunIndicator(SetupInputsProbe.Create(), s_bars);

        // The probe plots 1.5 * sma(close, 2) in Pine's teal (#089981) at 40 % and its length (2) in rgb(1, 2, 3), every bar.
        Assert.Equal(2 * s_bars.Count, chart.Calls.Count);
        Assert.Equal((new PlotMetadata("value", 0), 1, 1.5 * (10 + 11) / 2.0, new Color(0x08, 0x99, 0x81, 40)), chart.Calls[2]);
        Assert.Equal((new PlotMetadata("length", 1), 3, 2.0, new Color(1, 2, 3)), chart.Calls[7]);
        Assert.Equal([0, 0, 1, 1, 2, 2, 3, 3], chart.Calls.Select(call => call.Bar));
    }

    [Fact]
    public void What_a_chart_subclass_records_is_the_runs_plot()
    {
        var environment = new RuntimeEnvironment().RegisterNamespace("chart", new ScalingChart(100));

        IndicatorResult result = environment.RunIndicator(UntitledPlotsProbe.Create(), s_bars);

        Assert.Equal(s_bars.Close.ToArray().Select(close => close * 100), result.Plots[0].Values.ToArray());
        Assert.Equal(s_bars.Open.ToArray().Select(open => open * 100), result.Plots[1].Values.ToArray());
    }

    [Fact]
    public void A_chart_subclass_that_does_not_call_the_base_leaves_the_plot_na()
    {
        var environment = new RuntimeEnvironment().RegisterNamespace("chart", new ScalingChart(1, record: false));

        IndicatorResult result = environment.RunIndicator(UntitledPlotsProbe.Create(), s_bars);

        Assert.All(result.Plots, plot => Assert.All(plot.Values.ToArray(), value => Assert.True(double.IsNaN(value))));
        Assert.Equal(2, result.Plots.Count);
    }

    [Fact]
    public void Other_environments_keep_the_default()
    {
        new RuntimeEnvironment().RegisterNamespace("ta", new ConstantEmaTa());

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(EmaProbe.Create(), s_bars);

        Assert.Equal((10 + 11 + 12) / 3.0, result.GetPlot("ema").Values.Span[2]);
    }

    [Fact]
    public void A_default_name_only_takes_an_instance_of_the_defaults_type()
    {
        var failure = Assert.Throws<NamespaceException>(() => new RuntimeEnvironment().RegisterNamespace("ta", new Doubler()));

        Assert.Equal(("ta", typeof(TaNamespace)), (failure.NamespaceName, failure.ExpectedType));
        Assert.Contains("Namespace 'ta' replaces a default, so it must be a TaNamespace (or a subclass)", failure.Message);
    }

    [Fact]
    public void A_new_namespace_is_reached_by_name_and_type_and_registering_again_replaces_it()
    {
        var environment = new RuntimeEnvironment().RegisterNamespace("my_utils", new object()).RegisterNamespace("my_utils", new Doubler());

        IndicatorResult result = environment.RunIndicator(CustomNamespaceProbe.Create(), s_bars);

        Assert.Equal(new double[] { 20, 22, 24, 26 }, result.GetPlot("twice close").Values.ToArray());
    }

    [Fact]
    public void A_missing_namespace_fails_at_setup_listing_what_is_registered()
    {
        var failure = Assert.Throws<NamespaceException>(() => new RuntimeEnvironment().RunIndicator(CustomNamespaceProbe.Create(), s_bars));

        Assert.Equal(("my_utils", typeof(Doubler)), (failure.NamespaceName, failure.ExpectedType));
        Assert.StartsWith("No namespace 'my_utils' is registered. Registered: chart, color, input, math, strategy, ta.", failure.Message);
    }

    [Fact]
    public void A_namespace_of_another_type_fails_naming_both_types()
    {
        var environment = new RuntimeEnvironment().RegisterNamespace("my_utils", "not a doubler");

        var failure = Assert.Throws<NamespaceException>(() => environment.RunIndicator(CustomNamespaceProbe.Create(), s_bars));

        Assert.Contains("is a System.String, but the script asks for a ScriptGen.Tests.Scripts.Doubler", failure.Message);
    }
}
