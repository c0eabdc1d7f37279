namespace ScriptGen.CodeFixes.Tests.Infrastructure;

/// <summary>The repository the tests run in: the directory holding ScriptGen.sln, above the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Locate();

    private static string Locate()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScriptGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ScriptGen.sln above {AppContext.BaseDirectory}.");
    }
}
