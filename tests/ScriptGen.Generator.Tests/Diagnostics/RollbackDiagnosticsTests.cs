using ScriptGen.Generator.Tests.Infrastructure;
using static ScriptGen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>SG0042: a strategy with CalcOnOrderFills whose state cannot be put back before a re-run.</summary>
public sealed class RollbackDiagnosticsTests
{
    private const string Body = """
            protected override void Process()
            {
                if (ta.Crossover(close, ta.Sma(close, 5)))
                {
                    strategy.Entry("Long", Direction.Long);
                }
            }
        """;

    [Fact]
    public void SG0042_fields_and_properties_holding_references() => Reports("SG0042", $$"""
        using System.Collections.Generic;

        [Strategy("Keeper", CalcOnOrderFills = true)]
        public partial class Keeper
        {
            readonly List<double> /*!*/fills = new();
            double[] /*!*/window = new double[3];
            public System.Text.StringBuilder /*!*/Notes { get; set; } = new();
            double lastClose;
            string label = "x";
            [Input("Length")] public int Length { get; init; } = 5;
            readonly Series<double> spread = new();

        {{Body}}
        }
        """, "Strategy 'Keeper' sets CalcOnOrderFills", "holds a reference ScriptGen cannot copy", "Test.pine.cs(", "mark it [Varip]");

    [Fact]
    public void SG0042_names_the_member_its_type_and_where_it_is() => Reports("SG0042", $$"""
        [Strategy("Keeper", CalcOnOrderFills = true)]
        public partial class Keeper
        {
            int[] /*!*/counts = new int[2];

        {{Body}}
        }
        """, "field 'counts' (int[], Test.pine.cs(7,11)) holds a reference");

    [Fact]
    public void Varip_members_value_types_strings_and_series_roll_back_without_a_report() => ReportsNothing(Script($$"""
        using System.Collections.Generic;

        [Strategy("Keeper", CalcOnOrderFills = true)]
        public partial class Keeper
        {
            [Varip] readonly List<double> fills = new();
            [Varip] public System.Text.StringBuilder Notes { get; set; } = new();
            [Varip] int runs;
            double lastClose;
            string label = "x";
            Color? tint;
            readonly Series<double> spread = new();

        {{Body}}
        }
        """));

    [Theory]
    [InlineData("")]
    [InlineData(", CalcOnOrderFills = false")]
    [InlineData(", CalcOnOrderFills = true, ProcessOrdersOnClose = true")]
    public void Reference_fields_are_fine_when_the_strategy_does_not_re_run(string settings) => ReportsNothing(Script($$"""
        using System.Collections.Generic;

        [Strategy("Keeper"{{settings}})]
        public partial class Keeper
        {
            readonly List<double> fills = new();

        {{Body}}
        }
        """));

    private static TestSource Script(string source) => new(ScriptPath, Usings + source);
}
