using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ScriptGen.Generator.Benchmarks.Prefixes;

// The generator in the editor (docs/performance.md, "The generator per keystroke").
//   --prefix-sweep      every prefix of every sample and test script through the driver; exit code 1 on a problem
//   --step-reasons [N]  why each pipeline step ran, for N scripts (50), on each kind of edit
//   --edit-times        the keystroke benchmark's edits timed one by one: median and 10th percentile
// Anything else goes to BenchmarkDotNet (--filter '*', --job short, ...).
if (args.Contains("--prefix-sweep", StringComparer.OrdinalIgnoreCase))
{
    return FullPrefixSweep.Run(Console.Out);
}

if (args.Contains("--edit-times", StringComparer.OrdinalIgnoreCase))
{
    return ScriptGen.Generator.Benchmarks.Keystrokes.EditTimes.Print(Console.Out);
}

if (args.Contains("--step-reasons", StringComparer.OrdinalIgnoreCase))
{
    return ScriptGen.Generator.Benchmarks.Keystrokes.StepReasons.Print(args, Console.Out);
}

// In process: the benchmarks measure Roslyn's work in milliseconds, and a generated project would rebuild the generator.
IConfig config = DefaultConfig.Instance.AddJob(Job.Default
    .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(9)
    .WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(FullPrefixSweep).Assembly).Run(args, config);
return 0;
