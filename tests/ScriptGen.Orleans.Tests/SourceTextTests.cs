using ScriptGen.Orleans;
using ScriptGen.Scripting;

namespace ScriptGen.Orleans.Tests;

/// <summary>
/// A script the silos do not have, sent as source text: each silo compiles it once (as untrusted text) and the table is
/// the one the client's own compilation gives locally; text the silo's rules refuse stops the sweep with the refusal.
/// </summary>
[Collection(SharedClusterCollection.Name)]
public sealed class SourceTextTests(ClusterFixture cluster)
{
    private const string Breakout = """
        using ScriptGen;

        namespace Tests.FromText;

        [Strategy("Channel breakout", InitialCapital = 100_000, DefaultQuantity = 100_000)]
        public partial class ChannelBreakout
        {
            [Input("Length", MinValue = 2)] public int Length { get; init; } = 20;
            [Input("Exit length", MinValue = 2)] public int ExitLength { get; init; } = 10;

            protected override void Process()
            {
                double upper = ta.Highest(high, Length);
                double lower = ta.Lowest(low, Length);
                if (high >= upper) strategy.Entry("Long", Direction.Long);
                if (low <= lower) strategy.Entry("Short", Direction.Short);
                if (low <= ta.Lowest(low, ExitLength)) strategy.Close("Long");
                if (high >= ta.Highest(high, ExitLength)) strategy.Close("Short");
            }
        }
        """;

    private static readonly ScriptSourceText[] s_sources = [new("ChannelBreakout.pine.cs", Breakout)];

    private static IReadOnlyDictionary<string, object?>[] Grid() =>
    [
        .. from length in Sweep.Range(10, 40, 10)
           from exit in Sweep.Range(5, 15, 5)
           select new Dictionary<string, object?> { ["Length"] = length, ["ExitLength"] = exit },
    ];

    [Fact]
    public void A_script_compiled_from_text_on_the_client_sweeps_on_silos_that_compile_the_same_text()
    {
        ScriptDefinition script = new ScriptEngine().Parse(Breakout, "ChannelBreakout.pine.cs");
        var options = new SweepOptions { Run = SweepOptions.Default.Run with { Symbol = ClusterFixture.EurUsd }, RankBy = SweepMetric.ProfitFactor, KeepTop = 2 };
        SweepResult<IReadOnlyDictionary<string, object?>> local = Sweep.Run(script, cluster.Bars, Grid(), options);
        int compilationsBefore = cluster.Compilations;
        var runner = new ClusterSweepRunner(cluster.Client, new ClusterSweepOptions { RunsPerShard = 2, ScriptSources = s_sources });

        SweepResult<IReadOnlyDictionary<string, object?>> remote = Sweep.Run(script, cluster.Bars, Grid(), options with { Runner = runner });
        SweepResult<IReadOnlyDictionary<string, object?>> again = Sweep.Run(script, cluster.Bars, Grid(), options with { Runner = runner });

        ClusterSweepTests.AssertSameTable(local, remote);
        ClusterSweepTests.AssertSameTable(local, again);
        Assert.NotEqual(0, local.Runs.Sum(run => run.Summary.TotalClosedTrades));
        Assert.InRange(cluster.Compilations - compilationsBefore, 1, 2); // Once per silo that ran a shard, not per shard or sweep.
    }

    [Fact]
    public void Text_the_silos_rules_refuse_stops_the_sweep_with_the_refusal()
    {
        string reader = Breakout.Replace("double upper = ta.Highest(high, Length);", "double upper = System.IO.File.Exists(\"x\") ? 0 : ta.Highest(high, Length);");
        // The client trusts its own text; the silos compile what arrives as untrusted, and refuse the file access.
        ScriptDefinition script = new ScriptEngine(new ScriptEngineOptions { Trust = ScriptTrust.Trusted }).Parse(reader, "Reader.pine.cs");
        var runner = new ClusterSweepRunner(cluster.Client, new ClusterSweepOptions { ScriptSources = [new("Reader.pine.cs", reader)] });

        var failure = Assert.Throws<ClusterSweepException>(() => Sweep.Run(script, cluster.Bars, Grid(), new SweepOptions
        {
            Run = SweepOptions.Default.Run with { Symbol = ClusterFixture.EurUsd },
            Runner = runner,
        }));

        Assert.Contains("SG0701", failure.Message);
        Assert.Contains("Reader.pine.cs", failure.Message);
    }
}
