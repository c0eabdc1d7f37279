// The sample runner of issue #21's cold path: a new process loads bars from CSV, backtests the EMA Cross
// sample and prints the report the tool prints (summary and the latest 20 trades). On standard error it prints how long each step took inside
// the process, so benchmarks/cold-path.sh can say where a whole process's wall time goes (the rest is
// starting .NET and exiting).
// Usage: ScriptGen.ColdRun BARS.csv [MINTICK]
using System.Diagnostics;
using System.Globalization;
using ScriptGen;
using ScriptGen.Reporting;
using ScriptGen.Samples.Scripts;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("Usage: ScriptGen.ColdRun BARS.csv [MINTICK]");
    return 2;
}

var symbol = new SymbolInfo
{
    Ticker = "EURUSD",
    MinTick = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.00001,
};

long start = Stopwatch.GetTimestamp();
Bars bars = BarCsv.Read(args[0]);
long loaded = Stopwatch.GetTimestamp();
// What the printed summary reads: no plots, equity only at month ends (every summary figure is the same).
StrategyResult result = new RuntimeEnvironment().RunStrategy<EmaCross>(
    bars, options: new RunOptions { Symbol = symbol, RecordPlots = false, RecordEquity = false });
long ran = Stopwatch.GetTimestamp();
Console.Out.Write(StrategyReport.Format(result, maxTrades: 20));
Console.Out.Flush();
long printed = Stopwatch.GetTimestamp();

Console.Error.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"inner: load {Milliseconds(start, loaded):F0} ms, run {Milliseconds(loaded, ran):F0} ms, summary {Milliseconds(ran, printed):F0} ms ({bars.Count:N0} bars); summary printed {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms after the process started"));
return 0;

static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
