namespace ScriptGen.EndToEnd.Tests;

/// <summary>
/// The sample scripts as a project compiles them: the samples project builds from scratch, in a temp folder
/// outside the test's own build, without a warning, and registers every sample with the script catalog.
/// (The README's first command, the scriptgen tool on these scripts, is tested in ScriptGen.Cli.Tests.)
/// </summary>
public sealed class SampleProjectTests
{
    [Fact]
    public void The_samples_project_builds_from_scratch_without_warnings()
    {
        using TempFolder artifacts = Repository.NewTempFolder("samples");

        ProcessRunner.Dotnet(
            Repository.Root,
            "build", Repository.PathTo("samples/ScriptGen.Samples/ScriptGen.Samples.csproj"),
            "--artifacts-path", artifacts.Path, "-nodeReuse:false", "-warnaserror");

        string assembly = artifacts.Combine("bin", "ScriptGen.Samples", "debug", "ScriptGen.Samples.dll");
        Assert.True(File.Exists(assembly), $"{assembly} was built");
        string[] scripts = Directory.GetFiles(Repository.PathTo("samples/ScriptGen.Samples/Scripts"), "*.pine.cs");
        Assert.Equal(6, scripts.Length);
    }
}
