using ScriptGen.Samples.Scripts;
using ScriptGen.Scripting.Tests.Infrastructure;
using ScriptGen.Trading;

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
            ["BollingerStrategy", "EmaCross", "MacdStrategy", "Rsi", "RsiStrategy"],
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
        Assert.Equal((compiled.Script.Title, compiled.Script.Kind, compiled.Script.TypeName), (fromText.Script.Title, fromText.Script.Kind, fromText.Script.TypeName));
        Assert.Equal(compiled.Script.Inputs, fromText.Script.Inputs);
        Assert.Equal(compiled.Script.Plots, fromText.Script.Plots);
        Assert.Equal(compiled.Settings, fromText.Settings);
        Assert.True(compiled.ClosedTrades.Count > 1000);
        AssertSameTrades(compiled.ClosedTrades, fromText.ClosedTrades);
        AssertSameTrades(compiled.OpenTrades, fromText.OpenTrades);
        Assert.Equal(compiled.Plots.Count, fromText.Plots.Count);
        for (int i = 0; i < compiled.Plots.Count; i++)
        {
            Assert.Equal((compiled.Plots[i].Title, compiled.Plots[i].Index, compiled.Plots[i].Color), (fromText.Plots[i].Title, fromText.Plots[i].Index, fromText.Plots[i].Color));
            Assert.Equal(compiled.Plots[i].Values.ToArray(), fromText.Plots[i].Values.ToArray());
        }

        Assert.Equal(compiled.Equity.ToArray(), fromText.Equity.ToArray());
        Assert.Equal(compiled.Summary, fromText.Summary);
    }

    private static void AssertSameTrades(IReadOnlyList<Trade> expected, IReadOnlyList<Trade> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Trade e = expected[i], a = actual[i];
            Assert.Equal(
                (e.Number, e.Direction, e.Quantity, e.EntryId, e.EntryComment, e.EntryBar, e.EntryTime, e.EntryPrice),
                (a.Number, a.Direction, a.Quantity, a.EntryId, a.EntryComment, a.EntryBar, a.EntryTime, a.EntryPrice));
            Assert.Equal(
                (e.ExitId, e.ExitComment, e.ExitBar, e.ExitTime, e.ExitPrice, e.Profit, e.ProfitPercent, e.Commission),
                (a.ExitId, a.ExitComment, a.ExitBar, a.ExitTime, a.ExitPrice, a.Profit, a.ProfitPercent, a.Commission));
            Assert.Equal(
                (e.MaxRunUp, e.MaxRunUpPercent, e.MaxDrawdown, e.MaxDrawdownPercent, e.IsOpen, e.Size, e.BarsHeld, e.EntrySignal, e.ExitSignal),
                (a.MaxRunUp, a.MaxRunUpPercent, a.MaxDrawdown, a.MaxDrawdownPercent, a.IsOpen, a.Size, a.BarsHeld, a.EntrySignal, a.ExitSignal));
        }
    }
}
