using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ScriptGen.Benchmarks;
using ScriptGen.Benchmarks.Columns;

// ScriptGen benchmarks. BenchmarkDotNet's own arguments pass through (--filter '*', --list flat, ...);
// these switches are ours and are removed before BenchmarkDotNet sees the rest:
//   --verify   run every ScriptGen variant and its hand loop once, check they agree, time nothing
//   --quick    Job.ShortRun (3 warm-ups, 3 iterations, 1 launch): a smoke run, not a measurement
//   --no-pgo   also run every benchmark with tiered PGO off (DOTNET_TieredPGO=0), as a second job
//   --disasm   add the disassembly diagnoser (the JIT's code of each benchmark, 3 calls deep)
// and these run instead of BenchmarkDotNet (Engine/EngineProcessModes.cs; benchmarks/engine-cold.sh uses the first):
//   --engine-cold [--cache DIR] [--trusted]   compile (or load from DIR) one script in this fresh process, print the time
//   --engine-cycles N [--trusted]             compile, run and unload N new scripts, print memory at start and end
string[] ours = ["--verify", "--quick", "--no-pgo", "--disasm"];
bool Has(string name) => args.Contains(name, StringComparer.OrdinalIgnoreCase);
string[] rest = args.Where(a => !ours.Contains(a, StringComparer.OrdinalIgnoreCase)).ToArray();

if (Has("--engine-cold"))
{
    return ScriptGen.Benchmarks.Engine.EngineProcessModes.Cold(args, Console.Out);
}

if (Has("--engine-cycles"))
{
    return ScriptGen.Benchmarks.Engine.EngineProcessModes.Cycles(args, Console.Out);
}

if (Has("--verify"))
{
    AllVariants.Verify(Console.Out);
    return 0;
}

Job job = Has("--quick") ? Job.ShortRun : Job.Default;
IConfig config = DefaultConfig.Instance
    .AddJob(job.WithId(Has("--quick") ? "ShortRun" : "Default"))
    .AddColumn(new BarsPerSecondColumn(), new SpeedVsHandLoopColumn());

if (Has("--no-pgo"))
{
    config = config.AddJob(job.WithEnvironmentVariable("DOTNET_TieredPGO", "0").WithId("NoPGO"));
}

if (Has("--disasm"))
{
    config = config.AddDiagnoser(new DisassemblyDiagnoser(new DisassemblyDiagnoserConfig(maxDepth: 3, exportGithubMarkdown: true)));
}

BenchmarkSwitcher.FromAssembly(typeof(AllVariants).Assembly).Run(rest, config);
return 0;
