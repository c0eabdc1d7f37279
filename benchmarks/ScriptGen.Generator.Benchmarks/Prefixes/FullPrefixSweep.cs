using System.Diagnostics;
using System.Globalization;
using ScriptGen.Generator.Tests.Prefixes;

namespace ScriptGen.Generator.Benchmarks.Prefixes;

/// <summary>
/// Every prefix of every sample and test script, typed forward through one incremental driver per script:
/// the generator must never throw, never report SG9001 and never emit code with errors of its own. The
/// prefix test in tests/ runs a sample of these; this is the whole sweep, run before a release.
/// </summary>
internal static class FullPrefixSweep
{
    public static int Run(TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        int prefixes = 0;
        var problems = new List<string>();
        foreach ((string name, string text) in RepositoryFiles.SweepScripts())
        {
            var sweep = new PrefixSweep(Driver.Compilation([]), Driver.Create(new ScriptGenerator()), Driver.ParseOptions);
            IReadOnlyList<string> found = sweep.Type(name, text, PrefixSweep.Every(text));
            prefixes += sweep.PrefixesRun;
            problems.AddRange(found);
            output.WriteLine($"{name}: {sweep.PrefixesRun.ToString(CultureInfo.InvariantCulture)} prefixes, {found.Count.ToString(CultureInfo.InvariantCulture)} problems");
        }

        foreach (string problem in problems)
        {
            output.WriteLine(problem);
        }

        output.WriteLine($"Prefix sweep: {prefixes.ToString(CultureInfo.InvariantCulture)} prefixes, {problems.Count.ToString(CultureInfo.InvariantCulture)} problems, {clock.Elapsed.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)} s");
        return problems.Count == 0 ? 0 : 1;
    }
}
