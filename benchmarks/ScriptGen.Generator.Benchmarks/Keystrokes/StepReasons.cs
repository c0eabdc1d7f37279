using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Benchmarks.Keystrokes;

/// <summary>
/// Why each of the generator's steps ran on each kind of edit (<c>--step-reasons N</c>): the count of outputs per
/// step and reason, so docs/performance.md can show which steps an edit re-runs.
/// </summary>
internal static class StepReasons
{
    public static int Print(string[] args, TextWriter output)
    {
        int scripts = int.Parse(args.SkipWhile(a => a != "--step-reasons").Skip(1).FirstOrDefault() ?? "50", CultureInfo.InvariantCulture);
        var project = new ScriptProject(scripts);
        GeneratorDriver driver = Driver.Create(new ScriptGenerator(), trackSteps: true).RunGenerators(project.Compilation);
        Describe(output, $"{scripts} scripts, first generation", driver);
        driver = driver.RunGenerators(project.EditScript());
        Describe(output, "an edit inside one script's Process()", driver);
        driver = driver.RunGenerators(project.EditOtherFile());
        Describe(output, "an edit inside a method of a file that is not a script", driver);
        return 0;
    }

    private static void Describe(TextWriter output, string title, GeneratorDriver driver)
    {
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        output.WriteLine($"## {title}");
        foreach ((string step, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep> runs) in result.TrackedSteps.Concat(result.TrackedOutputSteps).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var reasons = runs.SelectMany(r => r.Outputs)
                .GroupBy(o => o.Reason)
                .OrderBy(g => g.Key)
                .Select(g => $"{g.Key} {g.Count().ToString(CultureInfo.InvariantCulture)}");
            output.WriteLine($"{step}: {string.Join(", ", reasons)}");
        }
    }
}
