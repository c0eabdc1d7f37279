using BenchmarkDotNet.Running;
using ScriptGen.Generator.Benchmarks.Prefixes;

// The generator in the editor (docs/performance.md, "The generator per keystroke").
//   --prefix-sweep   every prefix of every sample and test script through the driver; exit code 1 on a problem
// Anything else goes to BenchmarkDotNet (--filter '*', --job short, ...).
if (args.Contains("--prefix-sweep", StringComparer.OrdinalIgnoreCase))
{
    return FullPrefixSweep.Run(Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(FullPrefixSweep).Assembly).Run(args);
return 0;
