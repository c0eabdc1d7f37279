namespace ScriptGen.EndToEnd.Tests;

/// <summary>
/// The sample scripts as a project compiles them: the samples project, all six scripts, builds from scratch outside
/// the test's own build, in Release, without a warning. It builds in the
/// packages' artifacts folder with their version (<see cref="PackedFeed"/>), so the runtime and the generator it
/// references are the ones just packed, not compiled again. (The README's first command, the scriptgen tool on these
/// scripts, is tested in ScriptGen.Cli.Tests.)
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class SampleProjectTests(PackedFeed feed)
{
    [Fact]
    public void The_samples_project_builds_from_scratch_without_warnings()
    {
        ProcessRunner.Dotnet(
            Repository.Root,
            "build", Repository.PathTo("samples/ScriptGen.Samples/ScriptGen.Samples.csproj"),
            "-c", "Release", "--artifacts-path", feed.Artifacts, $"-p:Version={feed.Version}", "-nodeReuse:false", "-warnaserror");

        string assembly = Path.Combine(feed.Artifacts, "bin", "ScriptGen.Samples", "release", "ScriptGen.Samples.dll");
        Assert.True(File.Exists(assembly), $"{assembly} was built");
        string[] scripts = Directory.GetFiles(Repository.PathTo("samples/ScriptGen.Samples/Scripts"), "*.pine.cs");
        Assert.Equal(8, scripts.Length);
    }
}
