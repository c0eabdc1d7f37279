using ScriptGen.Namespaces;
using ScriptGen.Ta;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>RegisterNamespace: overriding a default (honoured by intercepted calls), adding new names, and clear failures.</summary>
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
