using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using ScriptGen.Orleans;
using ScriptGen.Scripting;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Orleans.Tests;

/// <summary>
/// An in-process Orleans cluster of two silos whose bar store is a folder of CSV files: TradingView's EUR/USD hourly
/// export (tests/data/tradingview/strategy/ohlcv.csv) as EURUSD and as EURUSD_GATED, and its last 10,000 bars as
/// EURUSD_LATE. One cluster serves every test of the collection (a cluster takes seconds to start). The second silo's
/// first load of EURUSD_GATED waits on <see cref="Gate"/>, for the test that stops a silo mid-sweep.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly SymbolInfo EurUsd = new() { Ticker = "EURUSD", MinTick = 0.00001, TimeZone = "America/New_York" };

    public static readonly SymbolInfo EurUsdLate = EurUsd with { Ticker = "EURUSD_LATE" };

    /// <summary>The test cluster's second silo (the first, Silo_0, is the client's gateway).</summary>
    public const string SecondarySilo = "Silo_1";

    public string StoreFolder { get; } = Directory.CreateTempSubdirectory("scriptgen-orleans-").FullName;

    /// <summary>Holds the second silo's load of EURUSD_GATED until the test releases it or the silo dies.</summary>
    public GatedBarStore.Gate Gate { get; } = new();

    private int _compilations;

    /// <summary>How many times the silos compiled source text.</summary>
    public int Compilations => Volatile.Read(ref _compilations);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public Bars Bars { get; private set; } = null!;

    public Bars LateBars { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string source = Path.Combine(AppContext.BaseDirectory, "data", "ohlcv.csv");
        File.Copy(source, Path.Combine(StoreFolder, "EURUSD.csv"));
        File.Copy(source, Path.Combine(StoreFolder, "EURUSD_GATED.csv"));
        string[] lines = File.ReadAllLines(source);
        File.WriteAllLines(Path.Combine(StoreFolder, "EURUSD_LATE.csv"), [lines[0], .. lines[^10_000..]]);
        Bars = BarCsv.Read(Path.Combine(StoreFolder, "EURUSD.csv"));
        LateBars = BarCsv.Read(Path.Combine(StoreFolder, "EURUSD_LATE.csv"));

        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((silo, siloBuilder) => siloBuilder.Services.AddScriptGenSweeps(sweeps =>
        {
            IBarStore store = new FolderBarStore(StoreFolder);
            sweeps.BarStore = silo.SiloName == SecondarySilo ? new GatedBarStore(store, Gate) : store;
            sweeps.AddScripts(typeof(EmaCross).Assembly);
            var engine = new ScriptEngine(); // Untrusted, the default: source text that arrives over the network.
            sweeps.CompileSources = (sources, cancel) =>
            {
                Interlocked.Increment(ref _compilations);
                return engine.Compile(sources.Select(source => new ScriptSource(source.Text, source.FileName)), cancel).Scripts;
            };
        }));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Directory.Delete(StoreFolder, recursive: true);
    }

    /// <summary>Shards each silo ran, by silo name.</summary>
    public Dictionary<string, int> ShardsRun() => Cluster.GetActiveSilos().ToDictionary(
        silo => silo.Name, silo => Cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<SiloSweepServices>().ShardsRun);
}

/// <summary>The test classes that share one cluster (every class but the one that kills a silo).</summary>
[CollectionDefinition(Name)]
public sealed class SharedClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Shared two-silo cluster";
}
