using System.Runtime.CompilerServices;

namespace ScriptGen.Generator.Benchmarks;

/// <summary>Scripts read from the repository (the samples and the generator tests' scripts), with \n line endings.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = Locate();

    /// <summary>The sample scripts, the golden inputs and the feature-rich prefix script, by file name.</summary>
    public static IReadOnlyList<(string Name, string Text)> SweepScripts()
    {
        string tests = Path.Combine(Root, "tests", "ScriptGen.Generator.Tests");
        IEnumerable<string> files = Directory.GetFiles(Path.Combine(Root, "samples", "ScriptGen.Samples", "Scripts"), "*.pine.cs")
            .Concat(Directory.GetFiles(Path.Combine(tests, "Golden"), "*.input.cs"))
            .Concat(Directory.GetFiles(Path.Combine(tests, "Prefixes"), "*.pine.cs"));
        return files.Order(StringComparer.Ordinal).Select(f => (Path.GetRelativePath(Root, f), Read(f))).ToList();
    }

    public static string Sample(string name) => Read(Path.Combine(Root, "samples", "ScriptGen.Samples", "Scripts", name + ".pine.cs"));

    private static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Locate([CallerFilePath] string thisFile = "")
    {
        for (DirectoryInfo? directory = new(Path.GetDirectoryName(thisFile) ?? AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScriptGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (ScriptGen.sln) above " + thisFile);
    }
}
