using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ScriptGen.Cli.Cluster;

/// <summary>An Orleans client connected to the gateways <c>--cluster</c> names, for one sweep.</summary>
internal sealed class ClusterConnection : IDisposable
{
    private static readonly TimeSpan s_connectTimeout = TimeSpan.FromSeconds(15);
    private readonly IHost _host;

    private ClusterConnection(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    /// <exception cref="ScriptEngineException">No gateway answered within 30 seconds.</exception>
    public static ClusterConnection Connect(IReadOnlyList<IPEndPoint> gateways)
    {
        IHost host = Host.CreateDefaultBuilder()
            .UseOrleansClient(client => client.UseStaticClustering([.. gateways]))
            .ConfigureLogging(logging => logging.ClearProviders())
            .Build();
        using var timeout = new CancellationTokenSource(s_connectTimeout);
        try
        {
            host.StartAsync(timeout.Token).GetAwaiter().GetResult();
        }
        catch (Exception failure) when (failure is OperationCanceledException or OrleansException or TimeoutException)
        {
            host.Dispose();
            throw new ScriptEngineException(
                $"No silo answered at {string.Join(", ", gateways)} within {s_connectTimeout.TotalSeconds:0} s: start one with " +
                $"'scriptgen silo --bars FOLDER' (its gateway port, 30000 by default, is the one --cluster names). ({failure.Message})", failure);
        }

        return new ClusterConnection(host);
    }

    public void Dispose()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
    }
}
