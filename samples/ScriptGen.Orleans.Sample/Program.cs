using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ScriptGen;
using ScriptGen.Orleans;
using ScriptGen.Samples.Scripts;

// A cluster on loopback, one process per silo (docs/cluster.md):
//   dotnet run -c Release --project samples/ScriptGen.Orleans.Sample -- silo 0     (the first silo: cluster membership and the gateway)
//   dotnet run -c Release --project samples/ScriptGen.Orleans.Sample -- silo 1     (as many more as you like: 1, 2, ...)
//   dotnet run -c Release --project samples/ScriptGen.Orleans.Sample -- sweep      (the EMA Cross grid locally and on the cluster)
const int SiloPort = 11111, GatewayPort = 30000;
var primary = new IPEndPoint(IPAddress.Loopback, SiloPort);

switch (args)
{
    case ["silo", var instanceText] when int.TryParse(instanceText, out int instance) && instance >= 0:
        await RunSilo(instance);
        return 0;
    case ["sweep", ..]:
        return await RunSweep(args.Length > 1 && int.TryParse(args[1], out int rounds) ? rounds : 3);
    default:
        Console.Error.WriteLine("usage: silo <instance 0, 1, ...> | sweep [rounds]");
        return 2;
}

async Task RunSilo(int instance)
{
    IHost silo = Host.CreateDefaultBuilder()
        .UseOrleans(builder =>
        {
            builder.UseLocalhostClustering(SiloPort + instance, GatewayPort + instance, instance == 0 ? null : primary);
            builder.Services.AddScriptGenSweeps(sweeps =>
            {
                sweeps.BarStore = new SampleBarStore();
                sweeps.AddScripts(typeof(EmaCross).Assembly);
            });
        })
        .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
        .Build();
    await silo.StartAsync();
    Console.WriteLine($"Silo {instance} is up (silo port {SiloPort + instance}, gateway {GatewayPort + instance}); Ctrl+C stops it.");
    await silo.WaitForShutdownAsync();
}

async Task<int> RunSweep(int rounds)
{
    IHost host = Host.CreateDefaultBuilder()
        .UseOrleansClient(client => client.UseLocalhostClustering(GatewayPort))
        .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
        .Build();
    await host.StartAsync();
    var client = host.Services.GetRequiredService<IClusterClient>();
    Bars bars = BarCsv.Read(SampleBarStore.BarsPath);
    EmaCross.Inputs[] grid = [.. from fast in Sweep.Range(5, 24) from slow in Sweep.Range(25, 70, 5) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];
    var local = new SweepOptions { Run = SweepOptions.Default.Run with { Symbol = SampleBarStore.EurUsd }, RankBy = SweepMetric.SharpeRatio, KeepTop = 3 };
    var cluster = local with { Runner = new ClusterSweepRunner(client) };
    int silos = (await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;

    Console.WriteLine($"EMA Cross, {grid.Length} runs on {bars.Count:N0} bars; {silos} silo(s), {Environment.ProcessorCount} cores here");
    SweepResult<EmaCross.Inputs>? first = null;
    for (int round = 1; round <= rounds; round++)
    {
        SweepResult<EmaCross.Inputs> onThreads = Timed("local threads", () => Sweep.Run(bars, grid, local));
        SweepResult<EmaCross.Inputs> onCluster = Timed("cluster", () => Sweep.Run(bars, grid, cluster));
        bool same = onThreads.Runs.Select(run => run.Summary).SequenceEqual(onCluster.Runs.Select(run => run.Summary))
            && onThreads.Ranked.Select(run => run.Index).SequenceEqual(onCluster.Ranked.Select(run => run.Index));
        Console.WriteLine($"  round {round}: tables {(same ? "equal" : "DIFFERENT")}");
        if (!same)
        {
            return 1;
        }

        first ??= onCluster;
    }

    SweepRun<EmaCross.Inputs> best = first!.Best;
    Console.WriteLine($"Best: fast {best.Inputs.FastLength}, slow {best.Inputs.SlowLength}, Sharpe {best.Summary.SharpeRatio:0.000}, net profit {best.Summary.NetProfit:N2}");
    await host.StopAsync();
    return 0;
}

static SweepResult<EmaCross.Inputs> Timed(string what, Func<SweepResult<EmaCross.Inputs>> sweep)
{
    var clock = Stopwatch.StartNew();
    SweepResult<EmaCross.Inputs> result = sweep();
    Console.WriteLine($"  {what,-14} {clock.Elapsed.TotalSeconds,6:0.000} s  ({result.BarRuns / clock.Elapsed.TotalSeconds / 1e6:0.0} M bar-runs/s)");
    return result;
}
