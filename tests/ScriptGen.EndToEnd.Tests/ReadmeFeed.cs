using System.Text.RegularExpressions;

namespace ScriptGen.EndToEnd.Tests;

/// <summary>
/// The README's "Use it in your own project" commands, run once, line for line with bash from the repository's root,
/// for every test that reads <see cref="Shared"/>: they pack every package into a folder feed with a version of
/// their own, make a console project that compiles and runs a script, then install the tool from the feed and run
/// the same file. <see cref="ReadmeProjectTests"/> checks what they printed and wrote; the other tests build their
/// projects against the packages they packed, so the runtime and the generator are compiled in Release once for the
/// whole run (a pack of their own compiled them a second time and took a third of this project's time). Home is a
/// temp folder (the feed and the project go there); NuGet's package folder is the machine's, and this run's packages
/// are removed from it afterwards. The tests that build against the feed are classes of their own, so they run in
/// parallel once it is made (each is mostly one <c>dotnet build</c>, which leaves a core idle much of the time).
/// </summary>
public sealed class ReadmeFeed : IDisposable
{
    private static readonly Lazy<ReadmeFeed> s_shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The commands' one run, made by the first test that asks; the others wait for it.</summary>
    public static ReadmeFeed Shared => s_shared.Value;

    private static ReadmeFeed Create()
    {
        var feed = new ReadmeFeed();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => feed.Dispose();
        return feed;
    }

    /// <summary>A packed file's name without its extension: the package's id and this run's version.</summary>
    private static readonly Regex PackageName = new(@"^(?<id>.+?)\.(?<version>\d+\.\d+\.\d+-dev\.\d+)$");

    private readonly TempFolder _home = Repository.NewTempFolder("readme-home");
    private readonly string _globalPackages = GlobalPackagesFolder();

    private ReadmeFeed()
    {
        Run = ProcessRunner.Run(
            "bash",
            Repository.Root,
            ["-euo", "pipefail", "-c", Commands()],
            Environment);
        Match packed = Directory.Exists(Folder)
            ? Directory.GetFiles(Folder, "ScriptGen.*.nupkg").Select(path => PackageName.Match(Path.GetFileNameWithoutExtension(path))).FirstOrDefault(m => m.Success) ?? Match.Empty
            : Match.Empty;
        Version = packed.Success ? packed.Groups["version"].Value : "";
    }

    /// <summary>
    /// The environment the commands ran with: home is the temp folder, NuGet's package folder the machine's. A build that
    /// is to find the Release builds the packs left up to date runs with it too: NuGet writes the user's config path into
    /// each project's restore outputs, which the compiler's inputs import, so another home compiles everything again.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["HOME"] = _home.Path, ["NUGET_PACKAGES"] = _globalPackages };

    /// <summary>What the commands did.</summary>
    public ProcessRunner.Result Run { get; }

    /// <summary>The home folder the commands ran with (the feed and the MyStrategies project are in it).</summary>
    public string Home => _home.Path;

    /// <summary>NuGet's package folder the commands restored and installed into (the machine's).</summary>
    public string GlobalPackages => _globalPackages;

    /// <summary>The folder feed holding the .nupkg files (<c>~/scriptgen-feed</c>).</summary>
    public string Folder => _home.Combine("scriptgen-feed");

    /// <summary>The packages' version (<c>0.1.0-dev.&lt;UTC time&gt;</c>), empty when nothing was packed.</summary>
    public string Version { get; }

    /// <summary>The <c>--version-suffix</c> the packs were given (<c>dev.&lt;UTC time&gt;</c>).</summary>
    public string VersionSuffix => Version[(Version.IndexOf('-') + 1)..];

    /// <summary>Fails the calling test, with what the commands wrote, unless they succeeded and packed.</summary>
    public void RequireSuccess() => Assert.True(
        Run.ExitCode == 0 && Version.Length > 0,
        $"The README's commands failed with exit code {Run.ExitCode}.\n--- stdout\n{Run.Output}\n--- stderr\n{Run.Error}");

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

    public void Dispose()
    {
        RemoveThisRunsPackages();
        _home.Dispose();
    }

    /// <summary>The first sh block after the README's "Use it in your own project" heading.</summary>
    private static string Commands()
    {
        string readme = File.ReadAllText(Repository.PathTo("README.md")).ReplaceLineEndings("\n");
        int section = readme.IndexOf("## Use it in your own project\n", StringComparison.Ordinal);
        if (section < 0)
        {
            return "echo \"the README has no section 'Use it in your own project'\" >&2; exit 1";
        }

        int start = readme.IndexOf("```sh\n", section, StringComparison.Ordinal) + "```sh\n".Length;
        int end = readme.IndexOf("\n```\n", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    private static string GlobalPackagesFolder() =>
        System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Removes the packed versions (unique to this run) from NuGet's package folder.</summary>
    private void RemoveThisRunsPackages()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (string package in Directory.GetFiles(Folder, "*.nupkg"))
        {
            Match name = PackageName.Match(Path.GetFileNameWithoutExtension(package));
            string folder = Path.Combine(_globalPackages, name.Groups["id"].Value.ToLowerInvariant(), name.Groups["version"].Value);
            if (name.Success && Directory.Exists(folder))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
