namespace ScriptGen.Generator.Tests.Infrastructure;

/// <summary>
/// Golden files: <c>Golden/Name.input.cs</c> is a script, <c>Golden/Name.output.cs</c> what the
/// generator makes of it. A mismatch fails with the first differing line; with
/// <c>SCRIPTGEN_UPDATE_GOLDEN=1</c> the output file is rewritten instead, for review as a diff.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "SCRIPTGEN_UPDATE_GOLDEN";

    public static string Folder => Path.Combine(TestProjectDirectory.Path, "Golden");

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string InputPath(string name) => Path.Combine(Folder, name + ".input.cs");

    public static string OutputPath(string name) => Path.Combine(Folder, name + ".output.cs");

    /// <summary>
    /// The input with \n line endings: its text is hashed into every InterceptsLocation, so a
    /// checkout that turned it into \r\n must still produce the golden output.
    /// </summary>
    public static string ReadInput(string name) => Normalize(File.ReadAllText(InputPath(name)));

    public static void AssertMatches(string name, string actual) => AssertMatches(OutputPath(name), actual, UpdateRequested);

    /// <summary>Compares <paramref name="actual"/> with the file at <paramref name="path"/>, or rewrites the file when <paramref name="update"/>.</summary>
    public static void AssertMatches(string path, string actual, bool update)
    {
        if (update)
        {
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"No golden file {path}. Run the tests with {UpdateVariable}=1 to write it, then review it.");
        }

        if (Describe(Normalize(File.ReadAllText(path)), actual) is { } difference)
        {
            Assert.Fail(
                $"Generated source differs from {path}.\n{difference}\n" +
                $"If the change is intended, run the tests with {UpdateVariable}=1 and review the diff of the golden files.");
        }
    }

    /// <summary>Null when the texts are equal; else the first differing line (1-based) with both versions.</summary>
    public static string? Describe(string expected, string actual)
    {
        if (expected == actual)
        {
            return null;
        }

        string[] expectedLines = Lines(expected);
        string[] actualLines = Lines(actual);
        int line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        if (line == expectedLines.Length && line == actualLines.Length)
        {
            return $"The texts differ only in the newline at the end (expected {(expected.EndsWith('\n') ? "one" : "none")}).";
        }

        return $"First difference at line {line + 1}:\n" +
               $"  expected: {Show(expectedLines, line)}\n" +
               $"  actual:   {Show(actualLines, line)}\n" +
               $"(expected {expectedLines.Length} lines, actual {actualLines.Length})";
    }

    /// <summary>The lines of a text; a final newline ends the last line rather than starting an empty one.</summary>
    private static string[] Lines(string text) =>
        (text.EndsWith('\n') ? text[..^1] : text).Split('\n');

    private static string Show(string[] lines, int index) =>
        index < lines.Length ? "\"" + lines[index] + "\"" : "(end of file)";

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
