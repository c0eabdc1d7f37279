using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests.Caching;

/// <summary>
/// A parser without host scripts or extra analyzers finds a set in the disk cache by its quick key, without
/// setting Roslyn up; anything the quick key does not cover takes the full key.
/// </summary>
[Collection(Infrastructure.LoadedAssembliesCollection.Name)]
public sealed class QuickKeyTests : IDisposable
{
    private const string Script = """
        namespace TestScripts;

        [Indicator("Quick")]
        public partial class Quick
        {
            protected override void Process() => chart.Plot(ta.Sma(close, 2), "SMA");
        }
        """;

    private readonly TempFolder _folder = new("quick-key");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_new_parser_loads_a_cached_set_by_quick_key_without_setting_the_compiler_up()
    {
        ScriptSource source = new(Script + "// " + Guid.NewGuid(), "Quick.pine.cs");
        (CompiledScripts written, bool writerSetUp) = Compile(source);

        (CompiledScripts read, bool readerSetUp) = Compile(source);

        Assert.Equal((true, false), (writerSetUp, readerSetUp));
        Assert.Equal(written.Key, read.Key);
        Assert.Single(Directory.GetFiles(_folder.Path, "*.key"));
        // SMA(2) of closes 1, 2, 3 at the last bar: (2 + 3) / 2 = 2.5.
        IndicatorResult result = new RuntimeEnvironment().RunIndicator((IndicatorScript)read.Single("Quick.pine.cs").Create(), Scripts.Closes(3));
        Assert.Equal(2.5, result.Plots[0].Values.Span[2]);
    }

    [Fact]
    public void Another_text_misses_the_quick_key_and_compiles()
    {
        Compile(new ScriptSource(Script + "// " + Guid.NewGuid(), "Quick.pine.cs"));

        (_, bool setUp) = Compile(new ScriptSource(Script + "// " + Guid.NewGuid(), "Quick.pine.cs"));

        Assert.True(setUp);
        Assert.Equal(2, Directory.GetFiles(_folder.Path, "*.key").Length);
    }

    [Fact]
    public void A_parser_that_references_the_host_scripts_always_takes_the_full_key()
    {
        // The full key covers the host's assemblies that carry scripts: the one this process loads on demand is loaded
        // first, so another test touching a sample meanwhile cannot change the key between the two compiles.
        _ = typeof(ScriptGen.Samples.Scripts.EmaCross).Assembly;
        ScriptSource source = new(Script + "// " + Guid.NewGuid(), "Quick.pine.cs");
        var options = new ScriptParserOptions { Trust = ScriptTrust.Trusted, CacheDirectory = _folder.Path, ReferenceHostScripts = true };
        using (var first = new ScriptParser(options))
        {
            first.Compile([source]);
        }

        using var second = new ScriptParser(options);
        second.Compile([source]);

        Assert.Equal(0, second.CompilationCount); // a disk hit by full key
        Assert.True(second.CompilerSetUp);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.key"));
    }

    private (CompiledScripts Set, bool CompilerSetUp) Compile(ScriptSource source)
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted, CacheDirectory = _folder.Path, ReferenceHostScripts = false });
        CompiledScripts set = parser.Compile([source]);
        return (set, parser.CompilerSetUp);
    }
}
