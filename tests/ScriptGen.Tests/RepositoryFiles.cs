namespace ScriptGen.Tests;

/// <summary>Files of the repository the tests run from (docs and sources checked against the code).</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding ScriptGen.sln, above the test's output.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ScriptGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No ScriptGen.sln above the test's output.");
    }
}
