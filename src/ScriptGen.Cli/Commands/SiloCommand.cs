using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ScriptGen.Cli.Cluster;
using ScriptGen.Orleans;
using ScriptGen.Scripting;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// <c>scriptgen silo --bars FOLDER</c>: runs an Orleans silo that takes shards of <c>scriptgen sweep --cluster</c>
/// (and of any program's <c>ClusterSweepRunner</c>) until stopped, reading bars from FOLDER and compiling the scripts
/// that sweeps send as text.
/// </summary>
internal static class SiloCommand
{
    public static Command Create(CommandContext context)
    {
        var bars = new Option<string>("--bars")
        {
            Description = "The folder of bar files the silo reads, one per ticker: TICKER.csv (or .parquet, .arrow with --format).",
            HelpName = "FOLDER",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "The bar files' format.",
            DefaultValueFactory = _ => "csv",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("csv", "parquet", "arrow");
        var port = new Option<int>("--port")
        {
            Description = "The port silos talk to each other on.",
            DefaultValueFactory = _ => 11111,
            HelpName = "PORT",
        };
        var gatewayPort = new Option<int>("--gateway-port")
        {
            Description = "The port clients connect to (what 'sweep --cluster' names).",
            DefaultValueFactory = _ => 30000,
            HelpName = "PORT",
        };
        var join = new Option<string?>("--join")
        {
            Description = "The first silo's HOST:PORT (its --port) to join; without it this silo is the first, and keeps the cluster's membership.",
            HelpName = "HOST:PORT",
        };
        var address = new Option<string>("--address")
        {
            Description = "The address other silos and clients reach this one at.",
            DefaultValueFactory = _ => "127.0.0.1",
            HelpName = "IP",
        };
        var trusted = new Option<bool>("--trusted")
        {
            Description = "Compile the scripts sweeps send as trusted code (by default they are untrusted: docs/untrusted-scripts.md).",
        };

        var command = new Command("silo", "Run an Orleans silo that runs shards of sweeps sent with 'sweep --cluster', until stopped (Ctrl+C).")
        {
            bars, format, port, gatewayPort, join, address, trusted,
        };
        context.SetAsyncAction(command, async (parse, terminal, cancellationToken) =>
        {
            string folder = parse.GetRequiredValue(bars);
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"--bars {folder}: the folder does not exist.");
            }

            if (!IPAddress.TryParse(parse.GetRequiredValue(address), out IPAddress? advertised))
            {
                throw new UsageException($"--address {parse.GetValue(address)}: expected an IP address, for example 127.0.0.1 or 10.0.0.5.");
            }

            IPEndPoint? primary = parse.GetValue(join) is { } joinText ? Endpoints.Parse("--join", joinText) : null;
            int siloPort = parse.GetValue(port), clientPort = parse.GetValue(gatewayPort);
            IBarStore store = parse.GetValue(format) switch
            {
                "parquet" => new FolderBarStore(folder, ".parquet", path => BarParquet.Read(path)),
                "arrow" => new FolderBarStore(folder, ".arrow", path => BarArrow.Read(path)),
                _ => new FolderBarStore(folder),
            };
            var engine = new ScriptEngine(new ScriptEngineOptions { Trust = parse.GetValue(trusted) ? ScriptTrust.Trusted : ScriptTrust.Untrusted });
            using IHost silo = Host.CreateDefaultBuilder()
                .UseOrleans(builder =>
                {
                    builder.UseDevelopmentClustering(primary ?? new IPEndPoint(advertised, siloPort));
                    builder.ConfigureEndpoints(advertised, siloPort, clientPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
                    builder.Services.AddScriptGenSweeps(sweeps =>
                    {
                        sweeps.BarStore = store;
                        sweeps.CompileSources = (sources, cancel) =>
                            engine.Compile(sources.Select(source => new ScriptSource(source.Text, source.FileName)), cancel).Scripts;
                    });
                })
                .ConfigureLogging(logging => logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(terminal.Verbose ? LogLevel.Information : LogLevel.Warning))
                .Build();
            await silo.StartAsync(cancellationToken);
            terminal.Output.WriteLine(
                $"Silo up at {advertised}:{siloPort} (gateway {clientPort}), {(primary is null ? "first of its cluster" : $"joined {primary}")}; bars from {store}. Ctrl+C stops it.");
            terminal.Output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: leave the cluster cleanly, so its shards move at once.
            }

            await silo.StopAsync(CancellationToken.None);
            terminal.Output.WriteLine("Silo stopped.");
            return ExitCodes.Success;
        });
        return command;
    }
}
