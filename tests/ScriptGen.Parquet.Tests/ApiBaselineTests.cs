using PublicApiGenerator;

namespace ScriptGen.Parquet.Tests;

/// <summary>
/// The public surface of ScriptGen.Parquet, checked in as api/ScriptGen.Parquet.txt: a change shows in
/// review as a diff. SCRIPTGEN_UPDATE_API=1 rewrites it.
/// </summary>
public sealed class ApiBaselineTests
{
    [Fact]
    public void The_public_API_is_the_checked_in_baseline()
    {
        string actual = typeof(BarParquet).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        string path = Path.Combine(RepositoryRoot(), "api", "ScriptGen.Parquet.txt");
        if (Environment.GetEnvironmentVariable("SCRIPTGEN_UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No API baseline {path}: run the tests with SCRIPTGEN_UPDATE_API=1 and review it.");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == actual,
            "The public API of ScriptGen.Parquet changed (api/ScriptGen.Parquet.txt). If intended, run the tests with SCRIPTGEN_UPDATE_API=1 and review the diff.");
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ScriptGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No ScriptGen.sln above the test's output.");
    }
}
