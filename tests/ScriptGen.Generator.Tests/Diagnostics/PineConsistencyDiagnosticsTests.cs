using Microsoft.CodeAnalysis;
using static ScriptGen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>SG0061-SG0063: code that compiles but behaves unlike the Pine it ports (IntegerDivisionAnalyzer, ConditionalCallSiteAnalyzer).</summary>
public sealed class PineConsistencyDiagnosticsTests
{
    [Theory]
    [InlineData("double ratio = /*!*/wins / trades;", "'wins / trades'", "'(double)wins / trades'")]
    [InlineData("chart.Plot(close * (/*!*/wins / 2), \"Scaled\");", "'wins / 2'", "'(double)wins / 2'")]
    [InlineData("double shifted = /*!*/(wins + 1) / trades;", "'(wins + 1) / trades'", "'(double)(wins + 1) / trades'")]
    [InlineData("double average = /*!*/bar_index / trades;", "'bar_index / trades'", "'(int)(bar_index / trades)'")]
    public void SG0061_an_integer_division_used_as_a_fraction(string statement, string division, string fix) =>
        ReportsWithAnalyzers("SG0061", DiagnosticSeverity.Warning, $$"""
            [Indicator("Ratio")]
            public partial class Ratio
            {
                private int wins = 3;
                private int trades = 4;
                protected override void Process()
                {
                    {{statement}}
                }
            }
            """, division, fix, "Pine v5 divides non-constant integers as floats");

    [Theory]
    [InlineData("int half = wins / 2;")]
    [InlineData("double truncated = (int)(wins / trades);")]
    [InlineData("double constants = Ten / 4;")]
    [InlineData("double fraction = (double)wins / trades;")]
    [InlineData("double real = close / 2;")]
    public void SG0061_is_not_reported_where_the_integer_result_is_meant(string statement) => ReportsNoScriptGenDiagnostic($$"""
        [Indicator("Ratio")]
        public partial class Ratio
        {
            private const int Ten = 10;
            private int wins = 3;
            private int trades = 4;
            protected override void Process()
            {
                {{statement}}
            }
        }
        """);

    [Theory]
    [InlineData("if (close > open) { x = ta./*!*/Ema(close, 9); }", "an 'if' branch")]
    [InlineData("if (close > open) { } else x = ta./*!*/Sma(close, 9);", "an 'else' branch")]
    [InlineData("x = close > open ? ta./*!*/Ema(close, 9) : 0;", "an arm of '?:'")]
    [InlineData("bool b = close > open && ta./*!*/Crossover(close, open);", "the right operand of '&&'")]
    [InlineData("switch (bar_index % 2) { case 0: x = math./*!*/Sum(close, 3); break; }", "a 'switch' section")]
    [InlineData("x = bar_index switch { 0 => ta./*!*/Rsi(close, 14), _ => 0 };", "a 'switch' expression arm")]
    public void SG0062_a_ta_call_that_does_not_run_on_every_bar(string statement, string where) =>
        ReportsWithAnalyzers("SG0062", DiagnosticSeverity.Warning, $$"""
            [Indicator("Gated")]
            public partial class Gated
            {
                protected override void Process()
                {
                    double x = 0;
                    {{statement}}
                    chart.Plot(x, "X");
                }
            }
            """, where, "so its state advances only on the bars that reach it");

    [Fact]
    public void SG0062_is_not_reported_for_conditions_plain_calls_or_every_bar_variables() => ReportsNoScriptGenDiagnostic("""
        [Indicator("Every bar")]
        public partial class EveryBar
        {
            protected override void Process()
            {
                double x = 0;
                double fast = ta.Ema(close, 9);
                if (ta.Crossover(fast, close))
                {
                    x = math.Abs(fast - close) + math.Max(fast, close) + ta.Obv();
                }

                bool first = ta.Crossunder(fast, close) && x > 0;
                chart.Plot(first ? x : math.Round(fast), "X");
            }
        }
        """);

    [Theory]
    [InlineData("if (close > open) { x = /*!*/Smooth(close); }", "'Smooth' holds 'ta.Ema'", "an 'if' branch")]
    [InlineData("x = close > open ? /*!*/Twice(close) : 0;", "'Twice' holds 'ta.Ema'", "an arm of '?:'")]
    public void SG0063_a_helper_holding_a_ta_call_reached_through_a_condition(string statement, string holds, string where) =>
        ReportsWithAnalyzers("SG0063", DiagnosticSeverity.Warning, $$"""
            [Indicator("Helper")]
            public partial class Helper
            {
                private double Smooth(double value) => ta.Ema(value, 5);
                private double Twice(double value) => 2 * Smooth(value);

                protected override void Process()
                {
                    double x = 0;
                    {{statement}}
                    chart.Plot(x, "X");
                }
            }
            """, holds, where);

    [Fact]
    public void SG0063_is_not_reported_for_a_helper_called_on_every_bar_or_one_without_state() => ReportsNoScriptGenDiagnostic("""
        [Indicator("Helper")]
        public partial class Helper
        {
            private double Smooth(double value) => ta.Ema(value, 5);
            private double Spread(double a, double b) => math.Abs(a - b);

            protected override void Process()
            {
                double smooth = Smooth(close);
                double x = close > open ? Spread(high, low) : smooth;
                chart.Plot(x, "X");
            }
        }
        """);
}
