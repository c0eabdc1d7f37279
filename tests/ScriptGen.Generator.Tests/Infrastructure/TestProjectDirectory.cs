using System.Runtime.CompilerServices;

namespace ScriptGen.Generator.Tests.Infrastructure;

/// <summary>
/// This test project's directory in the source tree, where golden files live (they are rewritten
/// there on demand and reviewed as diffs, so they must not be copies in bin/).
/// </summary>
internal static class TestProjectDirectory
{
    private const string ProjectFile = "ScriptGen.Generator.Tests.csproj";

    public static string Path { get; } = Locate();

    /// <summary>The repository root (two levels above the project: tests/ScriptGen.Generator.Tests).</summary>
    public static string RepositoryRoot => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", ".."));

    private static string Locate([CallerFilePath] string thisFile = "")
    {
        // The compiler's path of this file, unless a path map (CI builds) rewrote it.
        string? fromSource = System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(thisFile));
        if (fromSource is not null && File.Exists(System.IO.Path.Combine(fromSource, ProjectFile)))
        {
            return fromSource;
        }

        // Otherwise walk up from bin/Debug/net10.0 to the project file.
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, ProjectFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Cannot find {ProjectFile} from '{thisFile}' or '{AppContext.BaseDirectory}'.");
    }
}
