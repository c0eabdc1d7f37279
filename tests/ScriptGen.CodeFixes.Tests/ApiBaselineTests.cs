using PublicApiGenerator;
using ScriptGen.CodeFixes.Tests.Infrastructure;

namespace ScriptGen.CodeFixes.Tests;

/// <summary>
/// The public surface of ScriptGen.CodeFixes (shipped in the ScriptGen package), checked in as
/// api/ScriptGen.CodeFixes.txt: a change shows in review as a diff. SCRIPTGEN_UPDATE_API=1 rewrites it.
/// </summary>
public sealed class ApiBaselineTests
{
    [Fact]
    public void The_public_API_is_the_checked_in_baseline()
    {
        string actual = typeof(AddPartialCodeFix).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        string path = Path.Combine(Repository.Root, "api", "ScriptGen.CodeFixes.txt");
        if (Environment.GetEnvironmentVariable("SCRIPTGEN_UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No API baseline {path}: run the tests with SCRIPTGEN_UPDATE_API=1 and review it.");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == actual,
            "The public API of ScriptGen.CodeFixes changed (api/ScriptGen.CodeFixes.txt). If intended, run the tests with SCRIPTGEN_UPDATE_API=1 and review the diff.");
    }
}
