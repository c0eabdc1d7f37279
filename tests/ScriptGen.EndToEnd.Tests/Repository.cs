using System.Reflection;

namespace ScriptGen.EndToEnd.Tests;

/// <summary>Where the repository is (recorded at build time) and a scratch folder per test.</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string PathTo(string relative) => Path.Combine(Root, relative);

    /// <summary>A new empty folder under the system temp folder, removed by the caller.</summary>
    public static TempFolder NewTempFolder(string purpose) => new(Path.Combine(Path.GetTempPath(), $"scriptgen-{purpose}-{Guid.NewGuid():N}"));
}

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A build server or a virus scanner may still hold a file; the OS cleans temp folders.
        }
    }
}
