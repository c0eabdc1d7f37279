using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Benchmarks.Keystrokes;

/// <summary>
/// The keystroke benchmark's edits timed one by one (<c>--edit-times</c>): for each project size and kind of edit, the
/// median and 10th percentile of 60 edits after 40 to warm up, ScriptGen and the do-nothing baseline. On a shared host
/// BenchmarkDotNet's means of the 1-script edit swing several-fold with the load (it is short, and its run competes
/// with the GC's and the JIT's background threads), and that edit is the denominator of the issue's ratio; a median
/// of single edits, run for two builds one after the other, is steadier. Run with <c>DOTNET_TieredCompilation=0</c>
/// so every run measures optimized code from the first edit on.
/// </summary>
internal static class EditTimes
{
    private const int Warmup = 40;
    private const int Timed = 60;

    public static int Print(TextWriter output)
    {
        output.WriteLine("| scripts | generator | edit | median | 10th percentile |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (int scripts in new[] { 1, 50, 500 })
        {
            foreach (bool baseline in new[] { false, true })
            {
                foreach (bool inScript in new[] { true, false })
                {
                    (double median, double p10) = Measure(scripts, baseline, inScript);
                    output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"| {scripts} | {(baseline ? "Baseline" : "ScriptGen")} | {(inScript ? "inside Process()" : "another file")} | {median:F3} ms | {p10:F3} ms |"));
                }
            }
        }

        return 0;
    }

    private static (double Median, double P10) Measure(int scripts, bool baseline, bool inScript)
    {
        var project = new ScriptProject(scripts);
        GeneratorDriver driver = Driver.Create(baseline ? new BaselineGenerator() : new ScriptGenerator()).RunGenerators(project.Compilation);
        Func<Compilation> edit = inScript ? project.EditScript : project.EditOtherFile;
        for (int i = 0; i < Warmup; i++)
        {
            driver = driver.RunGenerators(edit());
        }

        var times = new double[Timed];
        for (int i = 0; i < Timed; i++)
        {
            Compilation edited = edit();
            long start = Stopwatch.GetTimestamp();
            driver = driver.RunGenerators(edited);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[Timed / 2], times[Timed / 10]);
    }
}
