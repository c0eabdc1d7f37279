using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Tests.Infrastructure;
using static ScriptGen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>
/// SG0050–SG0057: <c>Import(...)</c> of one script by another. The targets are scripts of the same
/// compilation (checked against the collected scripts) or of a referenced assembly (checked from
/// metadata).
/// </summary>
public sealed class ImportDiagnosticsTests
{
    /// <summary>The imported indicator: bounded int and float inputs, one of each declaration form.</summary>
    private static readonly MarkedSource s_rsi = MarkedSource.Parse("Scripts/Rsi.pine.cs", Usings + """
        namespace Lib;

        [Indicator("RSI")]
        public partial class Rsi
        {
            [Input("Length", MinValue = 1, MaxValue = 500)] public int Length { get; init; } = 14;
            double Overbought;

            protected override void Setup() { Overbought = input.Float(70, "Overbought", minValue: 0, maxValue: 100); }

            protected override void Process() => chart.Plot(ta.Rsi(close, Length), "RSI");
        }
        """);

    private static readonly MarkedSource s_strategy = MarkedSource.Parse("Scripts/Cross.pine.cs", Usings + """
        namespace Lib;

        [Strategy("Cross")]
        public partial class Cross
        {
            protected override void Process() { }
        }
        """);

    [Fact]
    public void Valid_imports_of_every_form_report_nothing() => ReportsNothing(s_rsi.Source, Importer("""
        Lib.Rsi a = null!, b = null!, c = null!, d = null!;

        protected override void Setup()
        {
            a = Import(new Lib.Rsi.Inputs { Length = 7, Overbought = 80 });
            b = Import(Lib.Rsi.Inputs.Default);
            c = Import<Lib.Rsi>();
            this.d = Import(new Lib.Rsi.Inputs());
        }
        """).Source);

    [Fact]
    public void Valid_imports_compile_and_the_importer_lists_them() 
    {
        GeneratorRun run = GeneratorHarness.Run(s_rsi.Source, Importer("""
            Lib.Rsi a = null!;

            protected override void Setup() { a = Import(new Lib.Rsi.Inputs { Length = 7 }); }
            """).Source);

        Assert.Empty(run.CompilationErrors);
        string importer = run.GeneratedSources.Single(s => s.HintName == "App.Importer.g.cs").SourceText.ToString();
        Assert.Contains("Imports = new string[] { \"Lib.Rsi\" },", importer, StringComparison.Ordinal);
    }

    [Fact]
    public void Imports_on_another_timeframe_or_symbol_compile_and_report_nothing()
    {
        GeneratorRun run = GeneratorHarness.Run(s_rsi.Source, Importer("""
            Lib.Rsi a = null!, b = null!, c = null!, d = null!;

            protected override void Setup()
            {
                a = Import(new Lib.Rsi.Inputs { Length = 7 }, timeframe: "D");
                b = Import(Lib.Rsi.Inputs.Default, "240", "SPY", gaps: true, lookahead: false);
                c = Import<Lib.Rsi>(symbol: "BATS:SPY");
                d = Import(timeframe: "W", inputs: new Lib.Rsi.Inputs { Length = 3 });
            }
            """).Source);

        Assert.Empty(run.CompilationErrors);
        Assert.Empty(run.GeneratorDiagnostics);
        string importer = run.GeneratedSources.Single(s => s.HintName == "App.Importer.g.cs").SourceText.ToString();
        Assert.Contains("Imports = new string[] { \"Lib.Rsi\" },", importer, StringComparison.Ordinal);
    }

    [Fact]
    public void Imports_on_intrabars_compile_and_are_listed_as_imports()
    {
        GeneratorRun run = GeneratorHarness.Run(s_rsi.Source, Importer("""
            Lib.Rsi a = null!, b = null!, c = null!;

            protected override void Setup()
            {
                a = ImportIntrabars(new Lib.Rsi.Inputs { Length = 7 }, timeframe: "5");
                b = ImportIntrabars<Lib.Rsi>("1", symbol: "SPY");
                c = ImportIntrabars(timeframe: "15", inputs: Lib.Rsi.Inputs.Default);
            }
            """).Source);

        Assert.Empty(run.CompilationErrors);
        Assert.Empty(run.GeneratorDiagnostics);
        string importer = run.GeneratedSources.Single(s => s.HintName == "App.Importer.g.cs").SourceText.ToString();
        Assert.Contains("Imports = new string[] { \"Lib.Rsi\" },", importer, StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_on_intrabars_is_checked_as_any_import_is() => Reports("SG0054", [s_rsi, Importer("""
        Lib.Rsi a = null!;

        protected override void Setup() { a = ImportIntrabars(new Lib.Rsi.Inputs { /*!*/Lenght = 7 }, "5"); }
        """)], "Indicator 'Lib.Rsi' has no input 'Lenght'");

    [Fact]
    public void SG0050_an_import_on_intrabars_outside_Setup() => Reports("SG0050", [s_rsi, Importer("""
        Lib.Rsi a = null!;

        protected override void Process() { a = /*!*/ImportIntrabars(new Lib.Rsi.Inputs(), "5"); }
        """, withProcess: false)], "Import of 'Lib.Rsi' is called in 'Process'");

    [Fact]
    public void SG0054_is_reported_for_an_import_on_another_timeframe_too() => Reports("SG0054", [s_rsi, Importer("""
        Lib.Rsi a = null!;

        protected override void Setup() { a = Import(new Lib.Rsi.Inputs { /*!*/Lenght = 7 }, timeframe: "D"); }
        """)], "Indicator 'Lib.Rsi' has no input 'Lenght'");

    [Theory]
    [InlineData("Import(new Lib.Rsi.Inputs(), /*!*/\"4H\")")]
    [InlineData("Import<Lib.Rsi>(timeframe: /*!*/\"4H\")")]
    [InlineData("ImportIntrabars(new Lib.Rsi.Inputs(), /*!*/\"4H\")")]
    public void SG0064_an_import_on_a_timeframe_that_is_not_a_Pine_timeframe(string call) =>
        ReportsWithAnalyzers("SG0064", DiagnosticSeverity.Error, [s_rsi, Importer($$"""
            Lib.Rsi a = null!;

            protected override void Setup() { a = {{call}}; }
            """)], "Pine has no hour unit");

    [Fact]
    public void SG0050_an_import_outside_Setup() => Reports("SG0050", [s_rsi, Importer("""
        Lib.Rsi a = null!;

        protected override void Process() { a = /*!*/Import(new Lib.Rsi.Inputs()); }
        """, withProcess: false)], "Import of 'Lib.Rsi' is called in 'Process'", "call Import in Setup()");

    [Theory]
    [InlineData("var a = /*!*/Import(new Lib.Rsi.Inputs());")]
    [InlineData("if (true) { _a = /*!*/Import(new Lib.Rsi.Inputs()); }")]
    [InlineData("/*!*/Import<Lib.Rsi>();")]
    public void SG0051_an_import_not_assigned_to_a_member(string statement) => Reports("SG0051", [s_rsi, Importer($$"""
        Lib.Rsi _a = null!;

        protected override void Setup() { {{statement}} }
        """)], "Import of 'Lib.Rsi' must be assigned to a field or property");

    [Fact]
    public void SG0052_an_import_of_a_class_that_is_not_a_script() => Reports("SG0052", [s_rsi, Importer("""
        object a = null!;

        protected override void Setup() { a = Import</*!*/Helper>(); }
        }

        public class Helper
        {
        """)], "'App.Helper' is not an indicator script", "[Indicator]");

    [Fact]
    public void SG0053_an_import_of_a_strategy() => Reports("SG0053", [s_strategy, Importer("""
        object a = null!;

        protected override void Setup() { a = Import(new /*!*/Lib.Cross.Inputs()); }
        """)], "'Lib.Cross' is a strategy; only indicators can be imported");

    [Fact]
    public void SG0054_an_import_setting_an_input_the_indicator_does_not_have() => Reports("SG0054", [s_rsi, Importer("""
        Lib.Rsi a = null!;

        protected override void Setup() { a = Import(new Lib.Rsi.Inputs { /*!*/Lenght = 7 }); }
        """)], "Indicator 'Lib.Rsi' has no input 'Lenght'; its inputs are: Length, Overbought");

    [Theory]
    [InlineData("Length = /*!*/7.5", "Input 'Length' of 'Lib.Rsi' is an int; the value given is 7.5")]
    [InlineData("Overbought = /*!*/\"high\"", "Input 'Overbought' of 'Lib.Rsi' is a float (double); the value given is \"high\"")]
    public void SG0055_an_import_giving_an_input_a_value_of_the_wrong_type(string assignment, string message) =>
        Reports("SG0055", [s_rsi, Importer($$"""
            Lib.Rsi a = null!;

            protected override void Setup() { a = Import(new Lib.Rsi.Inputs { {{assignment}} }); }
            """)], message);

    [Fact]
    public void SG0056_scripts_importing_each_other_in_a_cycle_are_each_reported_with_the_whole_path()
    {
        MarkedSource a = Indicator("A", "B");
        MarkedSource b = Indicator("B", "C");
        MarkedSource c = Indicator("C", "A");

        Reports("SG0056", [a, b, c], "is part of an import cycle: ", "remove one of the imports");
        GeneratorRun run = GeneratorHarness.Run(a.Source, b.Source, c.Source);
        var cycles = run.GeneratorDiagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .Select(d => d.Properties["ImportCycle"])
            .ToList();
        Assert.Equal(["Cycle.A -> Cycle.B -> Cycle.C -> Cycle.A", "Cycle.B -> Cycle.C -> Cycle.A -> Cycle.B", "Cycle.C -> Cycle.A -> Cycle.B -> Cycle.C"], cycles);
    }

    [Fact]
    public void SG0056_an_indicator_importing_itself() => Reports("SG0056", [Indicator("Self", "Self")], "Script 'Cycle.Self' is part of an import cycle: Cycle.Self -> Cycle.Self");

    [Theory]
    [InlineData("Length = /*!*/0", "Input 'Length' of 'Lib.Rsi' must be 1..500; the value given is 0")]
    [InlineData("Overbought = /*!*/150.5", "Input 'Overbought' of 'Lib.Rsi' must be 0..100; the value given is 150.5")]
    public void SG0057_an_import_giving_an_input_a_constant_out_of_its_bounds(string assignment, string message) =>
        Reports("SG0057", [s_rsi, Importer($$"""
            Lib.Rsi a = null!;

            protected override void Setup() { a = Import(new Lib.Rsi.Inputs { {{assignment}} }); }
            """)], message);

    [Fact]
    public void SG0057_an_import_of_an_indicator_from_a_referenced_assembly_is_checked_from_its_metadata()
    {
        MetadataReference library = GeneratorHarness.EmitLibrary("Lib", s_rsi.Source, s_strategy.Source);
        MarkedSource importer = Importer("""
            Lib.Rsi a = null!, b = null!;

            protected override void Setup()
            {
                a = Import(new Lib.Rsi.Inputs { Length = /*!*/501 });
                b = Import(new /*!*/Lib.Cross.Inputs());
            }
            """);

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), GeneratorHarness.CreateCompilationWith([library], "App", importer.Source));

        Assert.Equal(["SG0057", "SG0053"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Equal(importer.Markers, run.GeneratorDiagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(ScriptPath, d.Location.GetLineSpan().Path));
        Assert.Contains("Input 'Length' of 'Lib.Rsi' must be 1..500; the value given is 501", run.GeneratorDiagnostics[0].GetMessage(), StringComparison.Ordinal);
    }

    private static MarkedSource Importer(string members, bool withProcess = true) => MarkedSource.Parse(ScriptPath, Usings + $$"""
        namespace App;

        [Strategy("Importer")]
        public partial class Importer
        {
            {{members}}
        {{(withProcess ? "    protected override void Process() { }" : string.Empty)}}
        }
        """);

    /// <summary>An indicator of namespace <c>Cycle</c> importing another, the import marked.</summary>
    private static MarkedSource Indicator(string name, string imports) => MarkedSource.Parse($"Scripts/{name}.pine.cs", Usings + $$"""
        namespace Cycle;

        [Indicator("{{name}}")]
        public partial class {{name}}
        {
            {{imports}} _import = null!;

            protected override void Setup() { _import = Import<{{"/*!*/"}}{{imports}}>(); }

            protected override void Process() => chart.Plot(close, "Close");
        }
        """);
}
