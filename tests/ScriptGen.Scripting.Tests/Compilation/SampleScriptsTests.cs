using ScriptGen.Samples.Scripts;
using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests.Compilation;

/// <summary>
/// The samples' scripts compiled from their text run exactly as the same files compiled into the samples
/// project: same trades, same plots, same summary.
/// </summary>
public sealed class SampleScriptsTests
{
    private static readonly RunOptions s_options = new()
    {
        Symbol = new SymbolInfo { Ticker = "EURUSD", MinTick = 0.00001, TimeZone = "America/New_York" },
    };

    // The host's own copies of these scripts would clash with the text's (CS0436), so they are not referenced.
    private static readonly ScriptParserOptions s_parserOptions = new() { ReferenceHostScripts = false };

    [Fact]
    public void Every_sample_script_compiles_from_text_as_one_set_without_warnings()
    {
        using var parser = new ScriptParser(s_parserOptions);

        CompiledScripts set = parser.CompileDirectory(TestFiles.ScriptsFolder);

        Assert.Equal(
            ["BollingerStrategy", "EmaCross", "MacdStrategy", "Rsi", "RsiExitStrategy", "RsiReversal", "RsiStrategy", "SupertrendStrategy"],
            set.Scripts.Select(s => s.Metadata.Name).ToArray());
        Assert.Empty(set.Warnings);
        Assert.All(set.Scripts, s => Assert.Equal(ScriptCatalog.Find(s.Metadata.TypeName).Metadata.Title, s.Metadata.Title));
    }

    [Fact]
    public void EMA_Cross_from_text_trades_plots_and_sums_up_exactly_as_the_compiled_sample()
    {
        using var parser = new ScriptParser(s_parserOptions);
        ScriptSource[] sources = Directory.GetFiles(TestFiles.ScriptsFolder, "*.pine.cs")
            .Order(StringComparer.Ordinal)
            .Select(f => new ScriptSource(File.ReadAllText(f), Path.GetFileName(f)))
            .ToArray();
        CompiledScripts set = parser.Compile(sources);
        Bars bars = BarCsv.Read(TestFiles.EurUsdBars);
        var environment = new RuntimeEnvironment();

        StrategyResult fromText = environment.RunStrategy((StrategyScript)set.Find("EMA Cross").Create(), bars, s_options);
        StrategyResult compiled = environment.RunStrategy(EmaCross.Create(), bars, s_options);

        Assert.NotEqual(typeof(EmaCross), set.Find("EmaCross").ScriptType);
        Assert.True(compiled.ClosedTrades.Count > 1000);
        SameResults.AssertSame(compiled, fromText);
    }
}
