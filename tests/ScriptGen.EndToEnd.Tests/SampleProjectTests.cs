namespace ScriptGen.EndToEnd.Tests;

/// <summary>
/// The sample scripts as a project compiles them: the samples project, all eight scripts, builds in Release, outside
/// the test's own build, without a warning. It builds with the version suffix and the environment the README's packs
/// had (<see cref="ReadmeFeed"/>), so the runtime and the generator it references are the Release builds just packed,
/// up to date, not compiled again; the samples themselves always compile, since their version is new. (The README's
/// first command, the scriptgen tool on these scripts, is tested in ScriptGen.Cli.Tests.)
/// </summary>
public sealed class SampleProjectTests
{
    private readonly ReadmeFeed feed = ReadmeFeed.Shared;

    [Fact]
    public void The_samples_project_builds_in_Release_without_warnings()
    {
        feed.RequireSuccess();
        string project = Repository.PathTo("samples/ScriptGen.Samples/ScriptGen.Samples.csproj");
        string assembly = Repository.PathTo("samples/ScriptGen.Samples/bin/Release/net10.0/ScriptGen.Samples.dll");
        DateTime started = DateTime.UtcNow;

        string output = ProcessRunner.Dotnet(
            Repository.Root,
            feed.Environment,
            "build", project, "-c", "Release", "--version-suffix", feed.VersionSuffix, "-nodeReuse:false", "-warnaserror");

        Assert.True(File.GetLastWriteTimeUtc(assembly) >= started, $"{assembly} was compiled by this build\n{output}");
        string[] scripts = Directory.GetFiles(Repository.PathTo("samples/ScriptGen.Samples/Scripts"), "*.pine.cs");
        Assert.Equal(8, scripts.Length);
    }
}
