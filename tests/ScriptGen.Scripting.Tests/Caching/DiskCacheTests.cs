using System.Runtime.CompilerServices;
using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests.Caching;

/// <summary>
/// With a cache folder, a parser (standing for a new process) loads what another compiled instead of
/// compiling; a damaged entry is ignored and rewritten.
/// </summary>
public sealed class DiskCacheTests : IDisposable
{
    private const string WithWarning = """
        namespace TestScripts;

        [Indicator("Disk")]
        public partial class Disk
        {
            protected override void Process()
            {
                int unused = 1;
                if (bar_index == 2)
                {
                    throw new InvalidOperationException("from disk");
                }

                chart.Plot(ta.Sma(close, 2), "SMA");
            }
        }
        """;

    private readonly TempFolder _folder = new("cache");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_new_parser_with_the_same_cache_folder_loads_the_set_without_compiling()
    {
        ScriptSource source = new(WithWarning + "// " + Guid.NewGuid(), "Disk.pine.cs");
        CompiledScripts written = Compile(source, out int writerCompilations);

        CompiledScripts read = Compile(source, out int readerCompilations);

        Assert.Equal((1, 0), (writerCompilations, readerCompilations));
        Assert.NotSame(written, read);
        Assert.Equal(written.Key, read.Key);
        Assert.True(File.Exists(_folder.Combine(read.Key.Value + ".dll")));
        Assert.True(File.Exists(_folder.Combine(read.Key.Value + ".pdb")));
        Assert.True(File.Exists(_folder.Combine(read.Key.Value + ".json")));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
        Assert.Equal(written.Warnings, read.Warnings);
        Assert.Equal("CS0219", Assert.Single(read.Warnings).Id);
    }

    [Fact]
    public void A_set_loaded_from_disk_reports_the_pine_cs_line_of_a_failure()
    {
        ScriptSource source = new(WithWarning + "// " + Guid.NewGuid(), "Disk.pine.cs");
        Compile(source, out _);

        CompiledScripts read = Compile(source, out int compilations);
        var failure = Assert.Throws<ScriptRuntimeException>(
            () => new RuntimeEnvironment().RunIndicator((IndicatorScript)read.Scripts[0].Create(), Scripts.Closes(5)));

        Assert.Equal(0, compilations);
        Assert.Equal(("Disk.pine.cs", 11), (failure.SourceFile, failure.SourceLine));
    }

    [Theory]
    [InlineData(".dll", "garbage")]
    [InlineData(".pdb", "")]
    [InlineData(".json", "{\"Format\":1,")]
    [InlineData(".json", null)]
    public void A_damaged_or_partial_entry_is_ignored_and_rewritten(string file, string? content)
    {
        ScriptSource source = new(Scripts.UniqueIndicator(), "Probe.pine.cs");
        CompiledScripts written = Compile(source, out _);
        string path = _folder.Combine(written.Key.Value + file);
        if (content is null)
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllText(path, content);
        }

        CompiledScripts recompiled = Compile(source, out int recompilations);
        Compile(source, out int afterRewrite);

        Assert.Equal((1, 0), (recompilations, afterRewrite));
        IndicatorResult result = new RuntimeEnvironment().RunIndicator((IndicatorScript)recompiled.Scripts[0].Create(), Scripts.Closes(3));
        Assert.Equal(2.0, result.GetPlot("SMA").Values.Span[2]);
    }

    [Fact]
    public void Parsers_in_parallel_share_one_cache_folder()
    {
        ScriptSource source = new(Scripts.UniqueIndicator(), "Probe.pine.cs");

        CompiledScripts[] sets = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => Compile(source, out _)))
            .ToArray()
            .Select(t => t.Result)
            .ToArray();

        Assert.All(sets, s => Assert.Single(s.Scripts));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
        Compile(source, out int compilations);
        Assert.Equal(0, compilations);
    }

    /// <summary>
    /// Compiles with a new parser on the test's cache folder, as a new process would. Without the host's scripts: they
    /// are part of the key, and another test class running meanwhile may load an assembly carrying scripts, which changes
    /// the key between two compiles of one test (the entry is then missed, and compiled again, by design).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CompiledScripts Compile(ScriptSource source, out int compilations)
    {
        using var parser = new ScriptParser(
            new ScriptParserOptions { Trust = ScriptTrust.Trusted, CacheDirectory = _folder.Path, ReferenceHostScripts = false });
        CompiledScripts set = parser.Compile([source]);
        compilations = parser.CompilationCount;
        return set;
    }
}
