using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ScriptGen.Orleans;

namespace ScriptGen.Benchmarks.Sweeps;

/// <summary>
/// Orleans silos and a client in this process, talking over loopback TCP on free ports (Orleans' localhost clustering):
/// every shard and summary goes through sockets and Orleans' serializer as between machines; the silos share this
/// process's cores, thread pool and collector.
/// </summary>
internal sealed class LoopbackCluster : IDisposable
{
    private readonly List<IHost> _silos = [];
    private readonly IHost _client;

    public LoopbackCluster(int silos, IBarStore store, Type scriptType, long siloSharedSeriesMemory = 512L * 1024 * 1024)
    {
        int[] siloPorts = FreePorts(silos), gatewayPorts = FreePorts(silos);
        var primary = new IPEndPoint(IPAddress.Loopback, siloPorts[0]);
        for (int i = 0; i < silos; i++)
        {
            int silo = i;
            IHost host = Host.CreateDefaultBuilder()
                .UseOrleans(builder =>
                {
                    builder.UseLocalhostClustering(siloPorts[silo], gatewayPorts[silo], silo == 0 ? null : primary, serviceId: "bench", clusterId: "bench");
                    builder.Services.AddScriptGenSweeps(sweeps =>
                    {
                        sweeps.BarStore = store;
                        sweeps.AddScripts(scriptType.Assembly);
                        sweeps.SharedSeriesMemory = siloSharedSeriesMemory;
                    });
                })
                .ConfigureLogging(logging => logging.ClearProviders())
                .Build();
            host.Start();
            _silos.Add(host);
        }

        _client = Host.CreateDefaultBuilder()
            .UseOrleansClient(client => client.UseLocalhostClustering(gatewayPorts, serviceId: "bench", clusterId: "bench"))
            .ConfigureLogging(logging => logging.ClearProviders())
            .Build();
        _client.Start();
        Client = _client.Services.GetRequiredService<IClusterClient>();
        // Until every silo is in the membership the client sees, a sweep would use fewer.
        while (Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).GetAwaiter().GetResult().Count < silos)
        {
            Thread.Sleep(200);
        }
    }

    public IClusterClient Client { get; }

    public void Dispose()
    {
        _client.StopAsync().GetAwaiter().GetResult();
        _client.Dispose();
        foreach (IHost silo in Enumerable.Reverse(_silos))
        {
            silo.StopAsync().GetAwaiter().GetResult();
            silo.Dispose();
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (TcpListener listener in listeners)
        {
            listener.Start();
        }

        int[] ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        foreach (TcpListener listener in listeners)
        {
            listener.Stop();
        }

        return ports;
    }
}
