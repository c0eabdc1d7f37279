using ScriptGen.Scripting.Untrusted;

namespace ScriptGen.Scripting.Tests.Untrusted;

/// <summary>
/// The host extends the allow-list with the types of its custom namespaces: those types, with all their
/// public members and nested types, become usable; the types their members take and return must be
/// allowed too, so an extra type cannot hand out a refused one. (<see cref="Bars"/> stands in for a host
/// type here: the test compilations reference only the framework and the runtime.)
/// </summary>
public sealed class AllowListExtensionTests
{
    private const string UsesBars = "            var bars = Bars.FromArrays([1L], [1.0], [1.0], [1.0], [1.0]);\n            chart.Plot(bars.Count, \"Count\");";

    [Fact]
    public void A_type_outside_the_allow_list_is_refused_by_default()
    {
        CheckResult result = UntrustedHarness.Check(new ProbeScript(Body: UsesBars).Text);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == UntrustedDiagnostics.EngineApi.Id);
    }

    [Fact]
    public void An_extra_type_is_allowed_with_its_public_members()
    {
        CheckResult result = UntrustedHarness.Check(new ProbeScript(Body: UsesBars).Text, new UntrustedSourceGuard([typeof(Bars)]));

        Assert.Empty(result.CompileErrors);
        Assert.True(result.Diagnostics.IsEmpty, UntrustedHarness.Describe(result.Diagnostics));
    }

    [Fact]
    public void An_extra_type_does_not_hand_out_types_that_are_not_allowed()
    {
        // Bars.FromArrays(..., BarDataOptions) takes a type the host did not allow.
        var probe = new ProbeScript(Body: "            var bars = /*SG0715*/Bars.FromArrays([1L], [1.0], [1.0], [1.0], [1.0], null, /*SG0715*/new BarDataOptions());");

        CheckResult result = UntrustedHarness.Check(probe.Text, new UntrustedSourceGuard([typeof(Bars)]));

        Assert.Equal(
            probe.Expected.Order(),
            result.Diagnostics.Select(d => (d.Id, UntrustedHarness.Position(d).Line, UntrustedHarness.Position(d).Column)).Order());
    }

    [Fact]
    public void A_registered_namespace_is_fetched_as_its_allowed_type_only()
    {
        const string Fetch = "            var custom = Namespace<Bars>(\"custom\");";

        Assert.Contains(UntrustedHarness.Check(new ProbeScript(Body: Fetch).Text).Diagnostics, d => d.Id == UntrustedDiagnostics.EngineApi.Id);
        Assert.Empty(UntrustedHarness.Check(new ProbeScript(Body: Fetch).Text, new UntrustedSourceGuard([typeof(Bars)])).Diagnostics);

        // ScriptGen's own namespace types need no registration in the allow-list.
        Assert.Empty(UntrustedHarness.Check(new ProbeScript(Body: "            var ta2 = Namespace<ScriptGen.Namespaces.TaNamespace>(\"ta\");").Text).Diagnostics);
    }

    [Fact]
    public void An_extra_attribute_type_may_be_applied()
    {
        var probe = new ProbeScript(Members: "        [System.ComponentModel.Description(\"x\")] public int Described;");

        Assert.Contains(UntrustedHarness.Check(probe.Text).Diagnostics, d => d.Id == UntrustedDiagnostics.Attribute.Id);
        Assert.Empty(UntrustedHarness.Check(probe.Text, new UntrustedSourceGuard([typeof(System.ComponentModel.DescriptionAttribute)])).Diagnostics);
    }

    [Fact]
    public void The_array_bound_is_configurable()
    {
        CheckResult result = UntrustedHarness.Check(new ProbeScript(Body: "            double[] a = new double[bar_index + 1];").Text, new UntrustedSourceGuard(maxArrayLength: 1000));

        Assert.Contains("<= 1000 =>", result.Guard.Instrument(result.Tree).ToString(), StringComparison.Ordinal);
    }
}
