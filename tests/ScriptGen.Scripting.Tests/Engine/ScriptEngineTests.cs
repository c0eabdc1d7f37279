using Microsoft.Data.Analysis;
using ScriptGen.Namespaces;
using ScriptGen.Samples.Scripts;
using ScriptGen.Scripting.Tests.HostTypes;
using ScriptGen.Scripting.Tests.Infrastructure;
using ScriptGen.Ta;

namespace ScriptGen.Scripting.Tests.Engine;

/// <summary>
/// The engine facade: source text (or a compiled type) in, results out, over bars or a data frame with
/// its own column names; namespaces registered on the engine; imports across texts, folders and the host.
/// </summary>
public sealed class ScriptEngineTests
{
    private static readonly SymbolInfo s_eurusd = new() { Ticker = "EURUSD", MinTick = 0.00001, TimeZone = "America/New_York" };
    private static readonly Lazy<Bars> s_bars = new(() => BarCsv.Read(TestFiles.EurUsdBars));

    [Fact]
    public void The_documented_call_runs_text_over_a_renamed_data_frame_exactly_as_the_compiled_script_runs()
    {
        Bars bars = s_bars.Value;
        DataFrame frame = RenamedFrame(bars);
        using var engine = new ScriptEngine(new ScriptEngineOptions { ReferenceHostScripts = false }); // the host's EmaCross would clash with the text's

        StrategyResult result = engine.RunStrategy(
            scriptSource: TestFiles.SampleScript("EmaCross.pine.cs"),
            bars: frame,
            inputsOverride: new Dictionary<string, object?> { ["FastLength"] = 20 },
            columnMapping: new ColumnMapping { Open = "O", High = "H", Low = "L", Close = "C", Volume = "V", Timestamp = "T" },
            options: new RunOptions { Symbol = s_eurusd });

        StrategyResult compiled = new RuntimeEnvironment().RunStrategy(
            EmaCross.Create(new EmaCross.Inputs { FastLength = 20 }), bars, new RunOptions { Symbol = s_eurusd });
        Assert.True(compiled.ClosedTrades.Count > 500);
        SameResults.AssertSame(compiled, result);
    }

    [Fact]
    public void An_indicator_imported_twice_by_a_strategy_from_text_is_one_instance_computed_once_per_bar()
    {
        using var engine = new ScriptEngine();
        CompiledScripts set = engine.Compile([new ScriptSource(EngineTestScripts.Level, "Level.pine.cs"), new ScriptSource(EngineTestScripts.Trader, "Trader.pine.cs")]);
        Bars bars = s_bars.Value.Slice(0, 500);

        StrategyResult result = engine.RunStrategy(set.Find("Trader"), bars);

        Assert.Equal(Enumerable.Repeat(1.0, bars.Count), result.GetPlot("shared").Values.ToArray());
        Assert.Equal(Enumerable.Range(1, bars.Count).Select(i => (double)i), result.GetPlot("level bars processed").Values.ToArray());
        Assert.Equal(result.GetPlot("own sma").Values.ToArray(), result.GetPlot("level").Values.ToArray());
        Assert.NotEmpty(result.ClosedTrades);
    }

    [Fact]
    public void Text_importing_an_indicator_compiled_into_the_host_trades_as_the_compiled_RSI_strategy()
    {
        using var engine = new ScriptEngine();
        var options = new RunOptions { Symbol = s_eurusd };

        StrategyResult fromText = engine.RunStrategy(EngineTestScripts.HostRsiStrategy, s_bars.Value, options: options);

        StrategyResult compiled = new RuntimeEnvironment().RunStrategy(RsiStrategy.Create(), s_bars.Value, options);
        Assert.True(compiled.ClosedTrades.Count > 100);
        Assert.Equal(
            compiled.ClosedTrades.Select(t => (t.Direction, t.EntryTime, t.EntryPrice, t.ExitTime, t.ExitPrice, t.Profit)),
            fromText.ClosedTrades.Select(t => (t.Direction, t.EntryTime, t.EntryPrice, t.ExitTime, t.ExitPrice, t.Profit)));
    }

    [Fact]
    public void Text_imports_the_scripts_of_a_folder_the_engine_is_pointed_at()
    {
        using var folder = new TempFolder("engine-folder");
        File.WriteAllText(Path.Combine(folder.Path, "Level.pine.cs"), EngineTestScripts.Level);
        using var engine = new ScriptEngine();

        CompiledScripts library = engine.AddScriptDirectory(folder.Path);
        StrategyResult result = engine.RunStrategy(EngineTestScripts.Trader, s_bars.Value.Slice(0, 300));

        Assert.Equal("Level", Assert.Single(library.Scripts).Metadata.Name);
        Assert.Equal(result.GetPlot("own sma").Values.ToArray(), result.GetPlot("level").Values.ToArray());
    }

    [Fact]
    public void Three_texts_importing_each_other_in_a_cycle_raise_CircularImportException_with_the_cycle()
    {
        using var engine = new ScriptEngine();

        var failure = Assert.Throws<CircularImportException>(() => engine.Compile(
        [
            new ScriptSource(EngineTestScripts.CycleMember("A", "B"), "A.pine.cs"),
            new ScriptSource(EngineTestScripts.CycleMember("B", "C"), "B.pine.cs"),
            new ScriptSource(EngineTestScripts.CycleMember("C", "A"), "C.pine.cs"),
        ]));

        Assert.Equal(["Cycle.A", "Cycle.B", "Cycle.C", "Cycle.A"], failure.Cycle);
        (int line, int column) = PositionOf(EngineTestScripts.CycleMember("A", "B"), "B>()");
        Assert.Equal(
            [$"A.pine.cs({line},{column})", $"B.pine.cs({line},{column})", $"C.pine.cs({line},{column})"],
            failure.Diagnostics.Where(d => d.Id == "SG0056").Select(d => $"{d.FilePath}({d.Line},{d.Column})").Order(StringComparer.Ordinal));
        Assert.Contains("Cycle.A -> Cycle.B -> Cycle.C -> Cycle.A", failure.Message);
    }

    [Fact]
    public void A_compile_error_is_reported_at_its_line_and_column()
    {
        using var engine = new ScriptEngine();
        string text = EngineTestScripts.EmaProbe.Replace("ta.Ema(close, 3)", "ta.Ema(closing, 3)", StringComparison.Ordinal);

        var failure = Assert.Throws<ScriptParsingException>(() => engine.Parse(text, "Probe.pine.cs"));

        ScriptDiagnostic error = Assert.Single(failure.Errors);
        (int line, int column) = PositionOf(text, "closing");
        Assert.Equal(("CS0103", "Probe.pine.cs", line, column), (error.Id, error.FilePath, error.Line, error.Column));
        Assert.Contains($"Probe.pine.cs({line},{column}): error CS0103: The name 'closing' does not exist", failure.Message);
        Assert.Equal(failure.Diagnostics, engine.Check(text, "Probe.pine.cs"));
    }

    [Fact]
    public void An_unknown_input_override_lists_the_valid_inputs()
    {
        using var engine = new ScriptEngine();

        var failure = Assert.Throws<InputValidationException>(() => engine.RunIndicator(
            EngineTestScripts.Level, s_bars.Value.Slice(0, 10), new Dictionary<string, object?> { ["Lenght"] = 5 }));

        Assert.Equal("Lenght", failure.InputName);
        Assert.Contains("Length", failure.Message);
    }

    [Fact]
    public void A_namespace_the_script_asks_for_that_is_not_registered_is_a_NamespaceException()
    {
        using var engine = new ScriptEngine();
        engine.RegisterNamespace("scale", new ScaleNamespace());

        var failure = Assert.Throws<NamespaceException>(() => engine.RunIndicator(EngineTestScripts.ScaleUser("scaled"), s_bars.Value.Slice(0, 10)));

        Assert.Equal("scaled", failure.NamespaceName);
        Assert.Contains("No namespace 'scaled' is registered", failure.Message);
    }

    [Fact]
    public void A_namespace_registered_on_the_engine_is_usable_from_untrusted_text()
    {
        using var engine = new ScriptEngine();
        engine.RegisterNamespace("scale", new ScaleNamespace());
        Bars bars = s_bars.Value.Slice(0, 10);

        IndicatorResult result = engine.RunIndicator(EngineTestScripts.ScaleUser("scale"), bars);

        Assert.Equal(bars.Close.ToArray().Select(c => c * 10), result.GetPlot("Scaled").Values.ToArray());
    }

    [Fact]
    public void A_custom_ta_registered_on_the_engine_is_what_text_scripts_call()
    {
        using var engine = new ScriptEngine();
        engine.RegisterNamespace("ta", new ConstantEma());

        IndicatorResult result = engine.RunIndicator(EngineTestScripts.EmaProbe, s_bars.Value.Slice(0, 20));

        Assert.All(result.GetPlot("EMA").Values.ToArray(), value => Assert.Equal(42, value));
    }

    [Fact]
    public void A_chart_registered_on_the_engine_receives_the_plots_of_text_scripts()
    {
        using var engine = new ScriptEngine();
        var chart = new ClosingPriceChart();
        engine.RegisterNamespace("chart", chart);
        Bars bars = s_bars.Value.Slice(0, 20);

        IndicatorResult result = engine.RunIndicator(EngineTestScripts.EmaProbe, bars);

        Assert.Equal(bars.Count, chart.Calls);
        Assert.Equal(bars.Close.ToArray(), result.GetPlot("EMA").Values.ToArray());
    }

    [Fact]
    public void An_exception_in_Process_of_text_surfaces_with_its_bar_and_source_line()
    {
        using var engine = new ScriptEngine();

        var failure = Assert.Throws<ScriptRuntimeException>(() => engine.RunIndicator(engine.Parse(EngineTestScripts.Failing, "Failing.pine.cs"), s_bars.Value.Slice(0, 10)));

        Assert.Equal((5, "Failing.pine.cs", 8), (failure.BarIndex, Path.GetFileName(failure.SourceFile), failure.SourceLine));
        Assert.Contains("boom on five", failure.Message);
    }

    [Fact]
    public void Running_a_script_of_the_other_kind_says_which_method_runs_it()
    {
        using var engine = new ScriptEngine();

        var failure = Assert.Throws<ScriptEngineException>(() => engine.RunStrategy(EngineTestScripts.Level, s_bars.Value.Slice(0, 10)));

        Assert.Contains("'Level' is an indicator; run it with RunIndicator", failure.Message);
    }

    [Fact]
    public void Compiled_scripts_run_through_the_engine_too()
    {
        using var engine = new ScriptEngine();
        engine.RegisterNamespace("ta", new ConstantEma());

        StrategyResult result = engine.RunStrategy<EmaCross>(s_bars.Value.Slice(0, 50));

        Assert.All(result.GetPlot("Fast EMA").Values.ToArray(), value => Assert.Equal(42, value));
    }

    /// <summary>The 1-based line and column of the first <paramref name="marker"/> in <paramref name="text"/>.</summary>
    private static (int Line, int Column) PositionOf(string text, string marker)
    {
        string before = text[..text.IndexOf(marker, StringComparison.Ordinal)].Replace("\r\n", "\n", StringComparison.Ordinal);
        return (before.Count(c => c == '\n') + 1, before.Length - before.LastIndexOf('\n'));
    }

    private static DataFrame RenamedFrame(Bars bars) => new(
        new PrimitiveDataFrameColumn<long>("T", bars.Time.ToArray()),
        new DoubleDataFrameColumn("O", bars.Open.ToArray()),
        new DoubleDataFrameColumn("H", bars.High.ToArray()),
        new DoubleDataFrameColumn("L", bars.Low.ToArray()),
        new DoubleDataFrameColumn("C", bars.Close.ToArray()),
        new DoubleDataFrameColumn("V", bars.Volume.ToArray()));

    /// <summary>A ta whose EMA is always 42: observable through any intercepted ta.Ema call.</summary>
    /// <summary>Plots the bar's close in place of whatever the script plotted, so its use is unmistakable.</summary>
    private sealed class ClosingPriceChart : ChartNamespace
    {
        public int Calls { get; private set; }

        public override void Plot(IPlotSink plot, int barIndex, double series, Color? color)
        {
            Calls++;
            base.Plot(plot, barIndex, s_bars.Value.Close[barIndex], color); // The tests run from bar 0 of s_bars.
        }
    }

    private sealed class ConstantEma : TaNamespace
    {
        public override double Ema(ref EmaState state, double source, int length) => 42;
    }
}
