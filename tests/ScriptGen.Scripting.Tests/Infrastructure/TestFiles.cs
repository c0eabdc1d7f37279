namespace ScriptGen.Scripting.Tests.Infrastructure;

/// <summary>The files the test project copies to its output: the sample scripts as text and the sample bars.</summary>
internal static class TestFiles
{
    /// <summary>The samples' <c>.pine.cs</c> files (copied to <c>scripts/</c>).</summary>
    public static string ScriptsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "scripts");

    /// <summary>EUR/USD hourly bars (<c>data/eurusd-1h.csv</c>).</summary>
    public static string EurUsdBars { get; } = Path.Combine(AppContext.BaseDirectory, "data", "eurusd-1h.csv");

    /// <summary>The text of a sample script, by file name.</summary>
    public static string SampleScript(string fileName) => File.ReadAllText(Path.Combine(ScriptsFolder, fileName));

    /// <summary>The repository's root: the first folder up from the test's output that holds <c>ScriptGen.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ScriptGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ScriptGen.sln above {AppContext.BaseDirectory}.");
    }
}
