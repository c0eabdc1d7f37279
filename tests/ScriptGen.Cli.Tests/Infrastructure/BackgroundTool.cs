using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ScriptGen.Cli.Tests.Infrastructure;

/// <summary><c>scriptgen</c> as a process that keeps running (a silo), read line by line; killed when disposed.</summary>
internal sealed class BackgroundTool : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly List<string> _lines = [];
    private readonly SemaphoreSlim _lineAdded = new(0);

    public BackgroundTool(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Tool.Assembly);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Add(e.Data);
        _process.ErrorDataReceived += (_, e) => Add(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything the process wrote so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Waits for a line that starts with <paramref name="prefix"/>.</summary>
    /// <exception cref="TimeoutException">No such line in <paramref name="timeout"/>, or the process ended; the message holds its output.</exception>
    public void WaitForLine(string prefix, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        int seen = 0;
        while (clock.Elapsed < timeout)
        {
            lock (_log)
            {
                for (; seen < _lines.Count; seen++)
                {
                    if (_lines[seen].StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }

            if (_process.HasExited && !_lineAdded.Wait(100))
            {
                throw new TimeoutException($"scriptgen ended (exit {_process.ExitCode}) before writing '{prefix}':\n{Log}");
            }

            _lineAdded.Wait(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"scriptgen wrote no line starting '{prefix}' in {timeout}:\n{Log}");
    }

    /// <summary>A TCP port nobody listens on now (the OS's next free one).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
            _lines.Add(line);
        }

        _lineAdded.Release();
    }
}
