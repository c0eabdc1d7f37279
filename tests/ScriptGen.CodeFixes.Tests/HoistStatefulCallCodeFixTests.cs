using static ScriptGen.CodeFixes.Tests.Infrastructure.CodeFixAssert;

namespace ScriptGen.CodeFixes.Tests;

/// <summary>SG0062 and SG0063: <see cref="HoistStatefulCallCodeFix"/>.</summary>
public sealed class HoistStatefulCallCodeFixTests
{
    private static readonly HoistStatefulCallCodeFix s_fix = new();

    /// <summary>A script whose Process() runs <paramref name="body"/> (indented by the caller to 8 spaces after the first line).</summary>
    private static string Script(string body) => $$"""
        [Indicator("Gated")]
        public partial class Gated
        {
            private double Smooth(double value) => ta.Ema(value, 5);

            protected override void Process()
            {
                double x = 0;
                {{body}}
                chart.Plot(x, "X");
            }
        }
        """;

    [Fact]
    public Task A_call_in_an_if_branch_is_kept_in_a_variable_before_the_if() => FixesAsync(s_fix, "SG0062", HoistStatefulCallCodeFix.EquivalenceKey,
        Script("""
            if (close > open)
                    {
                        x = ta./*!*/Ema(close, 9);
                    }
            """),
        Script("""
            var ema = ta.Ema(close, 9);
                    if (close > open)
                    {
                        x = ema;
                    }
            """));

    [Fact]
    public Task A_call_in_an_else_if_leaves_the_whole_chain() => FixesAsync(s_fix, "SG0062", HoistStatefulCallCodeFix.EquivalenceKey,
        Script("""
            if (close > open)
                    {
                        x = 1;
                    }
                    else if (close < open)
                    {
                        x = ta./*!*/Sma(close, 9);
                    }
            """),
        Script("""
            var sma = ta.Sma(close, 9);
                    if (close > open)
                    {
                        x = 1;
                    }
                    else if (close < open)
                    {
                        x = sma;
                    }
            """));

    [Fact]
    public Task A_call_in_a_ternary_arm_is_kept_before_its_statement() => FixesAsync(s_fix, "SG0062", HoistStatefulCallCodeFix.EquivalenceKey,
        Script("x = close > open ? ta./*!*/Ema(close, 9) : 0;"),
        Script("""
            var ema = ta.Ema(close, 9);
                    x = close > open ? ema : 0;
            """));

    [Fact]
    public Task A_short_circuit_operand_is_computed_before_the_condition() => FixesAsync(s_fix, "SG0062", HoistStatefulCallCodeFix.EquivalenceKey,
        Script("bool entry = close > open && ta./*!*/Crossover(close, open); x = entry ? 1 : 0;"),
        Script("""
            var crossover = ta.Crossover(close, open);
                    bool entry = close > open && crossover; x = entry ? 1 : 0;
            """));

    [Fact]
    public Task A_call_in_a_switch_section_leaves_the_switch() => FixesAsync(s_fix, "SG0062", HoistStatefulCallCodeFix.EquivalenceKey,
        Script("switch (bar_index % 2) { case 0: x = math./*!*/Sum(close, 3); break; }"),
        Script("""
            var sum = math.Sum(close, 3);
                    switch (bar_index % 2) { case 0: x = sum; break; }
            """));

    [Fact]
    public Task The_name_is_numbered_when_the_member_already_uses_it() => FixesAsync(s_fix, "SG0062", HoistStatefulCallCodeFix.EquivalenceKey,
        Script("""
            if (close > open)
                    {
                        double ema = ta./*!*/Ema(close, 9);
                        x = ema;
                    }
            """),
        Script("""
            var ema2 = ta.Ema(close, 9);
                    if (close > open)
                    {
                        double ema = ema2;
                        x = ema;
                    }
            """));

    [Fact]
    public Task Comments_stay_with_the_statement_and_blank_lines_go_above_the_variable() => FixesAsync(s_fix, "SG0062", HoistStatefulCallCodeFix.EquivalenceKey,
        Script("""

                    // Follow the trend only when it is up.
                    if (close > open) x = ta./*!*/Ema(close, 9);
            """),
        Script("""

                    var ema = ta.Ema(close, 9);
                    // Follow the trend only when it is up.
                    if (close > open) x = ema;
            """));

    [Fact]
    public Task A_helper_holding_a_ta_call_is_hoisted_the_same_way() => FixesAsync(s_fix, "SG0063", HoistStatefulCallCodeFix.EquivalenceKey,
        Script("if (close > open) { x = /*!*/Smooth(close); }"),
        Script("""
            var smooth = Smooth(close);
                    if (close > open) { x = smooth; }
            """));

    [Fact]
    public Task Fix_all_hoists_every_call_with_its_own_name_and_nested_calls_in_order() => FixesAllAsync(s_fix, "SG0062", HoistStatefulCallCodeFix.EquivalenceKey,
        Script("""
            if (close > open) { x = ta./*!*/Ema(close, 9) + ta./*!*/Ema(open, 9); }
                    else { x = ta./*!*/Ema(ta./*!*/Rsi(close, 14), 3); }
            """),
        Script("""
            var ema = ta.Ema(close, 9);
                    var ema2 = ta.Ema(open, 9);
                    var ema3 = ta.Ema(ta.Rsi(close, 14), 3);
                    if (close > open) { x = ema + ema2; }
                    else { x = ema3; }
            """));

    [Theory]
    [InlineData("if (close > open) { int length = 9; x = ta./*!*/Ema(close, length); }")]     // reads a local of the branch
    [InlineData("int length = 9; if (close > open) { length = 5; x = ta./*!*/Ema(close, length); }")] // the branch changes what it reads
    [InlineData("if (close > open) x = 1; else if (close is double c && c > 0) x = ta./*!*/Ema(c, 9);")] // reads a pattern variable
    [InlineData("if (close > open) ta./*!*/Ema(close, 9);")]                                    // its value is not used
    public Task The_fix_is_not_offered_where_moving_the_call_would_change_what_it_computes(string body) =>
        NotOfferedAsync(s_fix, "SG0062", Script(body));
}
