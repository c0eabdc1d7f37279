using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests.Caching;

/// <summary>The same text compiles once per parser; the cache is bounded, least recently used first out.</summary>
public sealed class MemoryCacheTests
{
    // Without the host's scripts in the key: a test running beside these that loads an assembly of scripts changes every
    // key between two compiles of the same text, so the second misses (and, at capacity, evicts the first).
    private static readonly ScriptParserOptions s_trusted = new() { Trust = ScriptTrust.Trusted, ReferenceHostScripts = false };

    [Fact]
    public void A_second_compile_of_the_same_text_returns_the_same_set_without_compiling()
    {
        using var parser = new ScriptParser(s_trusted);
        string text = Scripts.UniqueIndicator();

        CompiledScripts first = parser.Compile([new ScriptSource(text)]);
        CompiledScripts second = parser.Compile([new ScriptSource(text)]);
        ScriptDefinition parsed = parser.Parse(text);

        Assert.Same(first, second);
        Assert.Same(first.Scripts[0], parsed);
        Assert.Equal(1, parser.CompilationCount);
    }

    [Fact]
    public void A_changed_text_or_file_name_misses()
    {
        using var parser = new ScriptParser(s_trusted);
        string text = Scripts.UniqueIndicator();

        CompiledScripts first = parser.Compile([new ScriptSource(text)]);
        CompiledScripts changed = parser.Compile([new ScriptSource(text + " ")]);
        CompiledScripts renamed = parser.Compile([new ScriptSource(text, "Other.pine.cs")]);

        Assert.NotSame(first, changed);
        Assert.NotSame(first, renamed);
        Assert.Equal(3, parser.CompilationCount);
        Assert.Equal(3, new[] { first.Key, changed.Key, renamed.Key }.Distinct().Count());
    }

    [Fact]
    public void Concurrent_compiles_of_one_text_compile_once()
    {
        using var parser = new ScriptParser(s_trusted);
        string text = Scripts.UniqueIndicator();
        using var start = new Barrier(8);

        CompiledScripts[] sets = Enumerable.Range(0, 8)
            .Select(_ => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    return parser.Compile([new ScriptSource(text)]);
                },
                TaskCreationOptions.LongRunning))
            .ToArray()
            .Select(t => t.Result)
            .ToArray();

        Assert.All(sets, s => Assert.Same(sets[0], s));
        Assert.Equal(1, parser.CompilationCount);
    }

    [Fact]
    public void The_least_recently_used_set_is_evicted_and_unloaded()
    {
        using var parser = new ScriptParser(s_trusted with { MemoryCacheCapacity = 2 });
        string a = Scripts.UniqueIndicator(), b = Scripts.UniqueIndicator(), c = Scripts.UniqueIndicator();

        CompiledScripts setA = parser.Compile([new ScriptSource(a)]);
        CompiledScripts setB = parser.Compile([new ScriptSource(b)]);
        parser.Compile([new ScriptSource(a)]); // A is now the most recently used
        CompiledScripts setC = parser.Compile([new ScriptSource(c)]);

        Assert.True(setB.IsUnloaded);
        Assert.False(setA.IsUnloaded);
        Assert.False(setC.IsUnloaded);
        Assert.Equal(2, parser.MemoryCacheCount);
        Assert.NotSame(setB, parser.Compile([new ScriptSource(b)]));
        Assert.Equal(4, parser.CompilationCount);
    }

    [Fact]
    public void A_text_with_errors_is_not_cached()
    {
        using var parser = new ScriptParser(s_trusted);
        ScriptSource broken = new("namespace X; public static class Y { public static int Z => missing; }");

        Assert.Throws<ScriptParsingException>(() => parser.Compile([broken]));
        Assert.Throws<ScriptParsingException>(() => parser.Compile([broken]));

        Assert.Equal(2, parser.CompilationCount);
        Assert.Equal(0, parser.MemoryCacheCount);
    }

    [Fact]
    public void A_cancelled_compile_is_not_cached()
    {
        using var parser = new ScriptParser(s_trusted);
        ScriptSource source = new(Scripts.UniqueIndicator());

        Assert.ThrowsAny<OperationCanceledException>(() => parser.Compile([source], cancellationToken: new CancellationToken(canceled: true)));
        CompiledScripts set = parser.Compile([source]);

        Assert.Single(set.Scripts);
    }

    [Fact]
    public void With_no_memory_cache_every_compile_loads_a_new_set()
    {
        using var parser = new ScriptParser(s_trusted with { MemoryCacheCapacity = 0 });
        string text = Scripts.UniqueIndicator();

        CompiledScripts first = parser.Compile([new ScriptSource(text)]);
        CompiledScripts second = parser.Compile([new ScriptSource(text)]);

        Assert.NotSame(first, second);
        Assert.Equal(first.Key, second.Key);
        first.Unload();
        second.Unload();
    }

    [Fact]
    public void The_key_depends_on_the_trust_mode_and_the_libraries_not_on_the_parser_instance()
    {
        using var trusted = new ScriptParser(s_trusted);
        using var trustedToo = new ScriptParser(s_trusted);
        using var untrusted = new ScriptParser();
        string text = Scripts.UniqueIndicator();
        CompiledScripts library = trusted.Compile([new ScriptSource("namespace L; public static class K { }", "L.pine.cs")]);

        CompiledScripts set = trusted.Compile([new ScriptSource(text)]);

        Assert.Equal(set.Key, trustedToo.Compile([new ScriptSource(text)]).Key);
        Assert.NotEqual(set.Key, untrusted.Compile([new ScriptSource(text)]).Key);
        Assert.NotEqual(set.Key, trusted.Compile([new ScriptSource(text)], [library]).Key);
        Assert.Equal("ScriptGen.Scripts." + set.Key.Value, set.Assembly.GetName().Name);
    }
}
