using System.Reflection;
using PublicApiGenerator;
using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests;

/// <summary>
/// The public surface of the shipped assemblies, checked in under api/: a change to it shows in review as a
/// diff of these files. SCRIPTGEN_UPDATE_API=1 rewrites them.
/// </summary>
public sealed class ApiBaselineTests
{
    public static TheoryData<string> Assemblies => ["ScriptGen", "ScriptGen.Scripting", "ScriptGen.Generator"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_public_API_is_the_checked_in_baseline(string name)
    {
        Assembly assembly = name switch
        {
            "ScriptGen" => typeof(Script).Assembly,
            "ScriptGen.Scripting" => typeof(ScriptEngine).Assembly,
            _ => typeof(ScriptGen.Generator.ScriptGenerator).Assembly,
        };

        ApiBaseline.AssertMatches(name, assembly);
    }
}

/// <summary>The check shared by the test projects that own a shipped assembly.</summary>
internal static class ApiBaseline
{
    public static void AssertMatches(string name, Assembly assembly)
    {
        string actual = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        string path = Path.Combine(TestFiles.RepositoryRoot, "api", name + ".txt");
        if (Environment.GetEnvironmentVariable("SCRIPTGEN_UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No API baseline {path}: run the tests with SCRIPTGEN_UPDATE_API=1 and review it.");
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            string[] before = expected.Split('\n'), after = actual.Split('\n');
            string added = string.Join("\n", after.Except(before).Take(20).Select(l => "+ " + l.Trim()));
            string removed = string.Join("\n", before.Except(after).Take(20).Select(l => "- " + l.Trim()));
            Assert.Fail($"The public API of {name} changed (api/{name}.txt). If intended, run the tests with SCRIPTGEN_UPDATE_API=1 and review the diff.\n{removed}\n{added}");
        }
    }
}
