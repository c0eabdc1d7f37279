using System.Diagnostics;
using System.Globalization;

namespace ScriptGen.Cli.Output;

/// <summary>
/// With <c>--verbose</c>, where a backtest process's time went: loading (bars and script), the run, printing
/// the summary, and the time from the process's start to the printed summary (benchmarks/cold-path.sh reads it).
/// </summary>
internal static class ProcessPhases
{
    public static void Report(Terminal terminal, long start, long loaded, long ran)
    {
        if (!terminal.Verbose)
        {
            return;
        }

        long printed = Stopwatch.GetTimestamp();
        double sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        terminal.Detail(string.Create(
            CultureInfo.InvariantCulture,
            $"inner: load {Milliseconds(start, loaded):F0} ms, run {Milliseconds(loaded, ran):F0} ms, summary {Milliseconds(ran, printed):F0} ms; summary printed {sinceStart:F0} ms after the process started"));
    }

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
