namespace ScriptGen.EndToEnd.Tests;

/// <summary>
/// The packages as a user gets them, packed once for every test of <see cref="PackagesCollection"/>: the runtime
/// (with the generator and the code fixes), the engine and the Parquet package, in one folder feed, with a version of
/// their own so the machine's NuGet cache never holds this build. They share one artifacts folder, so the runtime and
/// the generator compile once (packing them per test compiled them three times), and the samples build reuses them.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    private readonly TempFolder _work = Repository.NewTempFolder("packages");

    public PackedFeed()
    {
        Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        foreach (string project in new[] { "src/ScriptGen/ScriptGen.csproj", "src/ScriptGen.Scripting/ScriptGen.Scripting.csproj", "src/ScriptGen.Parquet/ScriptGen.Parquet.csproj" })
        {
            ProcessRunner.Dotnet(
                Repository.Root,
                "pack", Repository.PathTo(project),
                "-o", Folder, "--artifacts-path", Artifacts,
                $"-p:Version={Version}", "-nodeReuse:false");
        }
    }

    /// <summary>The packages' version.</summary>
    public string Version { get; }

    /// <summary>The folder feed holding the .nupkg files.</summary>
    public string Folder => _work.Combine("feed");

    /// <summary>The artifacts folder the packages were built in (Release).</summary>
    public string Artifacts => _work.Combine("artifacts");

    /// <summary>The path of package <paramref name="id"/> in the feed.</summary>
    public string Package(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

    /// <summary>A nuget.config for a project in <paramref name="projectFolder"/> that adds this feed to the machine's sources.</summary>
    public string NugetConfig(string projectFolder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="scriptgen-e2e" value="{Path.GetRelativePath(projectFolder, Folder)}" />
          </packageSources>
        </configuration>
        """;

    public void Dispose() => _work.Dispose();
}

/// <summary>The tests that use the packed feed: they run one after another, after one pack.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "Packages";
}
