using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests;

/// <summary>
/// The assembly's catalog: every script listed in a class an assembly attribute names (what the script
/// engine reads), registered globally by a module initializer unless the project sets
/// <c>ScriptGenRegisterScripts=false</c> (the engine does, so the assemblies it unloads are not pinned).
/// </summary>
public sealed class CatalogTests
{
    private static readonly TestSource[] s_scripts =
    [
        new("Scripts/EmaCross.pine.cs", GoldenFile.ReadInput("EmaCross")),
        new("Scripts/Rsi.pine.cs", GoldenFile.ReadInput("Rsi")),
    ];

    [Fact]
    public void By_default_the_catalog_registers_its_scripts_when_the_assembly_loads()
    {
        string catalog = Catalog(GeneratorHarness.Run(s_scripts));

        Assert.Contains("[assembly: global::ScriptGen.CompilerServices.ScriptAssemblyCatalog(typeof(global::ScriptGen.Generated.GeneratedScriptCatalog))]", catalog, StringComparison.Ordinal);
        Assert.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]", catalog, StringComparison.Ordinal);
        Assert.Contains("global::ScriptGen.ScriptDefinition.For<global::ScriptGen.Samples.Scripts.EmaCross>(),", catalog, StringComparison.Ordinal);
        Assert.Contains("global::ScriptGen.ScriptDefinition.For<global::ScriptGen.Samples.Scripts.Rsi>(),", catalog, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false")]
    [InlineData(" False ")]
    public void ScriptGenRegisterScripts_false_lists_the_scripts_without_registering_them(string value)
    {
        var driver = GeneratorHarness.CreateDriver(new Dictionary<string, string> { ["ScriptGenRegisterScripts"] = value });

        GeneratorRun run = GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation(s_scripts));

        string catalog = Catalog(run);
        Assert.Empty(run.CompilationErrors);
        Assert.DoesNotContain("ModuleInitializer", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("ScriptCatalog.Register", catalog, StringComparison.Ordinal);
        Assert.Contains("global::ScriptGen.ScriptDefinition.For<global::ScriptGen.Samples.Scripts.Rsi>(),", catalog, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_other_value_keeps_the_registration()
    {
        var driver = GeneratorHarness.CreateDriver(new Dictionary<string, string> { ["ScriptGenRegisterScripts"] = "true" });

        string catalog = Catalog(GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation(s_scripts)));

        Assert.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]", catalog, StringComparison.Ordinal);
    }

    private static string Catalog(GeneratorRun run) =>
        run.GeneratedSources.Single(s => s.HintName == "ScriptGen-Catalog.g.cs").SourceText.ToString();
}
