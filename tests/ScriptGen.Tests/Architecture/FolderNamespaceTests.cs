using System.Text.RegularExpressions;

namespace ScriptGen.Tests.Architecture;

/// <summary>
/// The runtime's folders and namespaces agree (docs/architecture.md, "Folders and namespaces"): a user
/// finds a type where its namespace says, and a new folder is a decision, not an accident.
/// </summary>
public sealed partial class FolderNamespaceTests
{
    /// <summary>
    /// Each top-level folder of src/ScriptGen and the namespace its files declare. Subfolders organise
    /// (Ta's families, Data's CSV reader) and keep their parent's namespace, except those listed here.
    /// </summary>
    private static readonly Dictionary<string, string> s_namespaceOfFolder = new(StringComparer.Ordinal)
    {
        // What a script author and a host use: one namespace, so `using ScriptGen;` is enough.
        ["Data"] = "ScriptGen",
        ["Series"] = "ScriptGen",
        ["Scripts"] = "ScriptGen",
        ["Metadata"] = "ScriptGen",
        ["Results"] = "ScriptGen",
        ["Exceptions"] = "ScriptGen",
        ["Export"] = "ScriptGen",
        ["Running"] = "ScriptGen",
        ["Sweeps"] = "ScriptGen",

        // Reached on purpose: overriding a namespace, ta states and batch forms, the broker's models,
        // text reports, and what generated code calls.
        ["Namespaces"] = "ScriptGen.Namespaces",
        ["Ta"] = "ScriptGen.Ta",
        ["Trading"] = "ScriptGen.Trading",
        ["Trading/Models"] = "ScriptGen.Trading.Models",
        ["Reporting"] = "ScriptGen.Reporting",
        ["CompilerServices"] = "ScriptGen.CompilerServices",
        ["CompilerServices/Declarations"] = "ScriptGen.CompilerServices.Declarations",
    };

    private static readonly string s_runtimeFolder = Path.Combine(RepositoryFiles.Root, "src", "ScriptGen");

    public static TheoryData<string> SourceFiles()
    {
        var files = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(s_runtimeFolder, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(s_runtimeFolder, file).Replace('\\', '/');
            if (!relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                files.Add(relative);
            }
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void Each_file_declares_the_namespace_of_its_folder(string relativePath)
    {
        string folder = Path.GetDirectoryName(relativePath)!.Replace('\\', '/');
        Assert.False(folder.Length == 0, $"{relativePath} is at the project's root: put it in the folder of its concept.");
        string? expected = NamespaceOf(folder);
        Assert.True(expected is not null, $"The folder of {relativePath} has no namespace decided: add it to docs/architecture.md and to this test.");

        string[] declared = [.. NamespaceDeclaration().Matches(File.ReadAllText(Path.Combine(s_runtimeFolder, relativePath))).Select(m => m.Groups[1].Value)];

        Assert.Equal([expected], declared);
    }

    [Fact]
    public void The_table_covers_a_folder_of_every_namespace_the_runtime_declares()
    {
        string[] namespaces = [.. typeof(Bars).Assembly.GetTypes()
            .Select(type => type.Namespace)
            .OfType<string>()
            .Where(name => name.StartsWith("ScriptGen", StringComparison.Ordinal) && !name.StartsWith("ScriptGen.Generated", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)];

        Assert.Equal(s_namespaceOfFolder.Values.Distinct().Order(StringComparer.Ordinal), namespaces);
    }

    /// <summary>The namespace of the nearest listed folder at or above <paramref name="folder"/>.</summary>
    private static string? NamespaceOf(string folder)
    {
        for (string? current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current)?.Replace('\\', '/'))
        {
            if (s_namespaceOfFolder.TryGetValue(current, out string? name))
            {
                return name;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
