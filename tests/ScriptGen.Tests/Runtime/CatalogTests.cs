using ScriptGen.Samples.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>The generated catalog: scripts register themselves per assembly and are found by name.</summary>
public sealed class CatalogTests
{
    public CatalogTests() => _ = EmaCross.Metadata; // Loads the samples assembly, whose module initializer registers its scripts.

    [Theory]
    [InlineData("EmaCross")]
    [InlineData("ema cross")]
    [InlineData("ScriptGen.Samples.Scripts.EmaCross")]
    public void Scripts_are_found_by_class_name_title_or_full_name(string name)
    {
        ScriptDefinition definition = ScriptCatalog.Find(name);

        Assert.Equal(typeof(EmaCross), definition.ScriptType);
        Assert.IsType<EmaCross>(definition.Create(new Dictionary<string, object?> { ["FastLength"] = 3 }));
    }

    [Fact]
    public void Scripts_of_several_assemblies_are_registered()
    {
        Assert.Contains(ScriptCatalog.All, d => d.ScriptType == typeof(MacdStrategy));
        Assert.Contains(ScriptCatalog.All, d => d.ScriptType == typeof(ScriptGen.Tests.Scripts.OrderPlan));
    }

    [Fact]
    public void An_unknown_name_lists_the_scripts_there_are()
    {
        var failure = Assert.Throws<ScriptEngineException>(() => ScriptCatalog.Find("NoSuchScript"));

        Assert.StartsWith("No script named 'NoSuchScript'. Scripts: ", failure.Message);
        Assert.Contains("EmaCross (\"EMA Cross\")", failure.Message);
    }
}
