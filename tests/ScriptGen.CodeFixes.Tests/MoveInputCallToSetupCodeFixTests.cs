using static ScriptGen.CodeFixes.Tests.Infrastructure.CodeFixAssert;

namespace ScriptGen.CodeFixes.Tests;

/// <summary>SG0015: <see cref="MoveInputCallToSetupCodeFix"/>.</summary>
public sealed class MoveInputCallToSetupCodeFixTests
{
    private static readonly MoveInputCallToSetupCodeFix s_fix = new();

    [Fact]
    public Task Without_Setup_the_fix_creates_it_before_Process() => FixesAsync(s_fix, "SG0015", MoveInputCallToSetupCodeFix.EquivalenceKey,
        """
        [Indicator("Average")]
        public partial class Average
        {
            private int Length { get; set; } = 14;

            protected override void Process()
            {
                Length = /*!*/input.Int(14, "Length", minValue: 1);
                chart.Plot(ta.Sma(close, Length), "SMA");
            }
        }
        """,
        """
        [Indicator("Average")]
        public partial class Average
        {
            private int Length { get; set; } = 14;

            protected override void Setup()
            {
                Length = input.Int(14, "Length", minValue: 1);
            }

            protected override void Process()
            {
                chart.Plot(ta.Sma(close, Length), "SMA");
            }
        }
        """);

    [Fact]
    public Task A_comment_above_the_statement_moves_with_it_and_the_brace_style_is_kept() => FixesAsync(s_fix, "SG0015", MoveInputCallToSetupCodeFix.EquivalenceKey,
        """
        [Indicator("Average")]
        public partial class Average {
            private int Length { get; set; } = 14;
            protected override void Process() {
                // How many bars the average spans.
                Length = /*!*/input.Int(14, "Length");
                chart.Plot(ta.Sma(close, Length), "SMA");
            }
        }
        """,
        """
        [Indicator("Average")]
        public partial class Average {
            private int Length { get; set; } = 14;
            protected override void Setup() {
                // How many bars the average spans.
                Length = input.Int(14, "Length");
            }

            protected override void Process() {
                chart.Plot(ta.Sma(close, Length), "SMA");
            }
        }
        """);

    [Fact]
    public Task With_Setup_the_statement_becomes_its_last() => FixesAsync(s_fix, "SG0015", MoveInputCallToSetupCodeFix.EquivalenceKey,
        """
        [Indicator("Band")]
        public partial class Band
        {
            private int Length;
            private double Width;

            protected override void Setup()
            {
                Length = input.Int(20, "Length");
            }

            protected override void Process()
            {
                this.Width = /*!*/input.Float(2.0, "Width");
                chart.Plot(ta.Sma(close, Length) + Width * ta.Stdev(close, Length), "Upper");
            }
        }
        """,
        """
        [Indicator("Band")]
        public partial class Band
        {
            private int Length;
            private double Width;

            protected override void Setup()
            {
                Length = input.Int(20, "Length");
                this.Width = input.Float(2.0, "Width");
            }

            protected override void Process()
            {
                chart.Plot(ta.Sma(close, Length) + Width * ta.Stdev(close, Length), "Upper");
            }
        }
        """);

    [Fact]
    public Task An_expression_bodied_Setup_becomes_a_block() => FixesAsync(s_fix, "SG0015", MoveInputCallToSetupCodeFix.EquivalenceKey,
        """
        [Indicator("Band")]
        public partial class Band
        {
            private int Length;
            private double Width;

            protected override void Setup() => Length = input.Int(20, "Length");

            protected override void Process()
            {
                Width = /*!*/input.Float(2.0, "Width");
                chart.Plot(ta.Sma(close, Length) + Width, "Upper");
            }
        }
        """,
        """
        [Indicator("Band")]
        public partial class Band
        {
            private int Length;
            private double Width;

            protected override void Setup()
            {
                Length = input.Int(20, "Length");
                Width = input.Float(2.0, "Width");
            }

            protected override void Process()
            {
                chart.Plot(ta.Sma(close, Length) + Width, "Upper");
            }
        }
        """);

    [Fact]
    public Task An_empty_one_line_Setup_is_spread_over_lines() => FixesAsync(s_fix, "SG0015", MoveInputCallToSetupCodeFix.EquivalenceKey,
        """
        [Indicator("Average")]
        public partial class Average
        {
            private int Length;

            protected override void Setup() { }

            protected override void Process()
            {
                Length = /*!*/input.Int(14);
                chart.Plot(ta.Sma(close, Length), "SMA");
            }
        }
        """,
        """
        [Indicator("Average")]
        public partial class Average
        {
            private int Length;

            protected override void Setup()
            {
                Length = input.Int(14);
            }

            protected override void Process()
            {
                chart.Plot(ta.Sma(close, Length), "SMA");
            }
        }
        """);

    [Fact]
    public Task A_file_with_CRLF_line_ends_and_tab_indentation_keeps_them() => FixesFileAsync(s_fix, "SG0015", MoveInputCallToSetupCodeFix.EquivalenceKey,
        CrlfTabs("""
            using ScriptGen;

            [Indicator("Average")]
            public partial class Average
            {
                private int Length;

                protected override void Process()
                {
                    Length = /*!*/input.Int(14);
                    chart.Plot(ta.Sma(close, Length), "SMA");
                }
            }

            """),
        CrlfTabs("""
            using ScriptGen;

            [Indicator("Average")]
            public partial class Average
            {
                private int Length;

                protected override void Setup()
                {
                    Length = input.Int(14);
                }

                protected override void Process()
                {
                    chart.Plot(ta.Sma(close, Length), "SMA");
                }
            }

            """));

    private static string CrlfTabs(string text) => text.Replace("\n", "\r\n").Replace("    ", "\t");

    [Fact]
    public Task A_call_in_the_constructor_moves_to_a_Setup_created_before_Process() => FixesAsync(s_fix, "SG0015", MoveInputCallToSetupCodeFix.EquivalenceKey,
        """
        [Indicator("Average")]
        public partial class Average
        {
            private int Length;

            public Average()
            {
                Length = /*!*/input.Int(14);
            }

            protected override void Process() => chart.Plot(ta.Sma(close, Length), "SMA");
        }
        """,
        """
        [Indicator("Average")]
        public partial class Average
        {
            private int Length;

            public Average()
            {
            }

            protected override void Setup()
            {
                Length = input.Int(14);
            }

            protected override void Process() => chart.Plot(ta.Sma(close, Length), "SMA");
        }
        """);

    [Fact]
    public Task Fix_all_moves_every_call_into_one_new_Setup_in_their_order() => FixesAllAsync(s_fix, "SG0015", MoveInputCallToSetupCodeFix.EquivalenceKey,
        """
        [Indicator("Cross")]
        public partial class Cross
        {
            private int Fast;
            private int Slow;

            protected override void Process()
            {
                Fast = /*!*/input.Int(9, "Fast");
                Slow = /*!*/input.Int(21, "Slow");
                chart.Plot(ta.Ema(close, Fast) - ta.Ema(close, Slow), "Spread");
            }
        }
        """,
        """
        [Indicator("Cross")]
        public partial class Cross
        {
            private int Fast;
            private int Slow;

            protected override void Setup()
            {
                Fast = input.Int(9, "Fast");
                Slow = input.Int(21, "Slow");
            }

            protected override void Process()
            {
                chart.Plot(ta.Ema(close, Fast) - ta.Ema(close, Slow), "Spread");
            }
        }
        """);

    [Theory]
    [InlineData("int length = /*!*/input.Int(14);")]                              // a local names no input
    [InlineData("if (bar_index == 0) Length = /*!*/input.Int(14);")]               // inside a condition
    [InlineData("const int Default = 14; Length = /*!*/input.Int(Default);")]      // reads a local that stays behind
    public Task The_fix_is_not_offered_where_the_move_is_not_obvious(string statement) => NotOfferedAsync(s_fix, "SG0015", $$"""
        [Indicator("Average")]
        public partial class Average
        {
            private int Length;

            protected override void Process()
            {
                {{statement}}
                chart.Plot(close, "Close");
            }
        }
        """);

    [Fact]
    public Task The_fix_is_not_offered_beside_a_Setup_that_is_not_the_override() => NotOfferedAsync(s_fix, "SG0015", """
        [Indicator("Average")]
        public partial class Average
        {
            private int Length;

            protected void Setup() { }

            protected override void Process()
            {
                Length = /*!*/input.Int(14);
                chart.Plot(close, "Close");
            }
        }
        """);
}
