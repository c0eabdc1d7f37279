using System.Runtime.CompilerServices;
using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests.Loading;

/// <summary>Each compiled set lives in a collectible load context that is collected once unloaded and dropped.</summary>
public sealed class UnloadTests
{
    private static readonly Bars s_bars = Scripts.Closes(20);

    [Fact]
    public void Fifty_sets_compiled_run_and_unloaded_are_all_collected()
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted });
        var contexts = new List<WeakReference>();
        for (int i = 0; i < 50; i++)
        {
            contexts.Add(CompileRunAndUnload(parser));
        }

        Assert.True(AllCollected(contexts), $"{contexts.Count(c => c.IsAlive)} of {contexts.Count} load contexts are still alive");
        Assert.Equal(0, parser.MemoryCacheCount);
    }

    [Fact]
    public void An_untrusted_set_is_collected_too()
    {
        using var parser = new ScriptParser();
        WeakReference context = CompileRunAndUnload(parser);

        Assert.True(AllCollected([context]));
    }

    [Fact]
    public void A_set_is_kept_alive_while_a_script_instance_refers_to_it()
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted });
        (WeakReference context, Script instance) = CompileAndUnloadKeepingAnInstance(parser);

        Assert.False(AllCollected([context], attempts: 3));
        GC.KeepAlive(instance);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_strategys_result_does_not_keep_its_set_alive(bool calcOnOrderFills)
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted });
        (WeakReference context, StrategyResult result) = RunStrategyAndUnload(parser, calcOnOrderFills);

        Assert.True(AllCollected([context]), "the result keeps the script's load context alive");
        Assert.NotEmpty(result.ClosedTrades);
        Assert.True(result.Summary.All.TotalClosedTrades > 0);
    }

    [Fact]
    public void Disposing_the_parser_unloads_its_cached_sets()
    {
        WeakReference context = CompileAndDispose();

        Assert.True(AllCollected([context]));
    }

    [Fact]
    public void Unload_is_idempotent_and_the_parser_compiles_the_text_again_afterwards()
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted });
        string text = Scripts.UniqueIndicator();
        CompiledScripts first = parser.Compile([new ScriptSource(text)]);

        first.Unload();
        first.Unload();
        CompiledScripts second = parser.Compile([new ScriptSource(text)]);

        Assert.True(first.IsUnloaded);
        Assert.False(second.IsUnloaded);
        Assert.NotSame(first, second);
        Assert.Equal(2, parser.CompilationCount);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileRunAndUnload(ScriptParser parser)
    {
        CompiledScripts set = parser.Compile([new ScriptSource(Scripts.UniqueIndicator())]);
        var script = (IndicatorScript)set.Scripts[0].Create();
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(script, s_bars);
        Assert.Equal(2.0, result.GetPlot("SMA").Values.Span[2]);
        var context = new WeakReference(set.Context);
        set.Unload();
        return context;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference, StrategyResult) RunStrategyAndUnload(ScriptParser parser, bool calcOnOrderFills)
    {
        string text = $$"""
            namespace TestScripts;

            [Strategy("Flip {{Guid.NewGuid()}}", CalcOnOrderFills = {{(calcOnOrderFills ? "true" : "false")}})]
            public partial class Flip
            {
                protected override void Process()
                {
                    if (bar_index % 2 == 0) strategy.Entry("Long", Direction.Long);
                    else strategy.Entry("Short", Direction.Short);
                }
            }
            """;
        CompiledScripts set = parser.Compile([new ScriptSource(text)]);
        StrategyResult result = new RuntimeEnvironment().RunStrategy((StrategyScript)set.Scripts[0].Create(), s_bars);
        var context = new WeakReference(set.Context);
        set.Unload();
        return (context, result);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference, Script) CompileAndUnloadKeepingAnInstance(ScriptParser parser)
    {
        CompiledScripts set = parser.Compile([new ScriptSource(Scripts.UniqueIndicator())]);
        Script instance = set.Scripts[0].Create();
        var context = new WeakReference(set.Context);
        set.Unload();
        return (context, instance);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileAndDispose()
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted });
        CompiledScripts set = parser.Compile([new ScriptSource(Scripts.UniqueIndicator())]);
        new RuntimeEnvironment().RunIndicator((IndicatorScript)set.Scripts[0].Create(), s_bars);
        return new WeakReference(set.Context);
    }

    /// <summary>Collects until every reference is dead, at most <paramref name="attempts"/> times.</summary>
    internal static bool AllCollected(IReadOnlyList<WeakReference> references, int attempts = 50)
    {
        for (int i = 0; i < attempts; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (references.All(r => !r.IsAlive))
            {
                return true;
            }

            Thread.Sleep(10);
        }

        return false;
    }
}
