using System.Reflection;

namespace ScriptGen.Cli.Tests.Infrastructure;

/// <summary>Where the repository and its bundled data are (recorded at build time).</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string PathTo(string relative) => Path.Combine(Root, relative);

    public static string Bars => PathTo("samples/data/eurusd-1h.csv");

    public static string Symbol => PathTo("samples/data/eurusd.json");

    public static string Sample(string name) => PathTo($"samples/ScriptGen.Samples/Scripts/{name}.pine.cs");
}

/// <summary>A new empty folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"scriptgen-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string name, string text)
    {
        string path = Combine(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a file; the OS cleans its temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
