using static ScriptGen.CodeFixes.Tests.Infrastructure.CodeFixAssert;

namespace ScriptGen.CodeFixes.Tests;

/// <summary>SG0008: <see cref="AddScriptAttributeCodeFix"/>.</summary>
public sealed class AddScriptAttributeCodeFixTests
{
    private static readonly AddScriptAttributeCodeFix s_fix = new();

    private const string Unmarked = """
        public partial class /*!*/Cross
        {
            [Input("Length")] public int Length { get; init; } = 9;

            protected override void Process() => chart.Plot(ta.Ema(close, Length), "EMA");
        }
        """;

    [Fact]
    public async Task A_class_without_a_base_is_offered_both_attributes_strategy_first() =>
        Assert.Equal([AddScriptAttributeCodeFix.StrategyKey, AddScriptAttributeCodeFix.IndicatorKey], await OfferedAsync(s_fix, "SG0008", Unmarked));

    [Fact]
    public Task The_strategy_fix_adds_the_attribute_titled_with_the_class_name() => FixesAsync(s_fix, "SG0008", AddScriptAttributeCodeFix.StrategyKey,
        Unmarked,
        """
        [Strategy("Cross")]
        public partial class Cross
        {
            [Input("Length")] public int Length { get; init; } = 9;

            protected override void Process() => chart.Plot(ta.Ema(close, Length), "EMA");
        }
        """);

    [Fact]
    public Task The_indicator_fix_adds_the_indicator_attribute() => FixesAsync(s_fix, "SG0008", AddScriptAttributeCodeFix.IndicatorKey,
        Unmarked,
        """
        [Indicator("Cross")]
        public partial class Cross
        {
            [Input("Length")] public int Length { get; init; } = 9;

            protected override void Process() => chart.Plot(ta.Ema(close, Length), "EMA");
        }
        """);

    [Fact]
    public async Task A_class_deriving_from_StrategyScript_is_offered_only_Strategy() =>
        Assert.Equal([AddScriptAttributeCodeFix.StrategyKey], await OfferedAsync(s_fix, "SG0008", """
            public partial class /*!*/Cross : StrategyScript
            {
                protected override void Process() { }
            }
            """));

    [Fact]
    public async Task A_class_deriving_from_IndicatorScript_is_offered_only_Indicator() =>
        Assert.Equal([AddScriptAttributeCodeFix.IndicatorKey], await OfferedAsync(s_fix, "SG0008", """
            public partial class /*!*/Cross : IndicatorScript
            {
                protected override void Process() { }
            }
            """));

    [Fact]
    public Task A_class_that_is_not_partial_is_made_partial_too_under_its_comments_and_indentation() => FixesAsync(s_fix, "SG0008", AddScriptAttributeCodeFix.IndicatorKey,
        """
        namespace Scripts
        {
            /// <summary>The close, plotted.</summary>
            class /*!*/Close : IndicatorScript
            {
                protected override void Process() => chart.Plot(close, "Close");
            }
        }
        """,
        """
        namespace Scripts
        {
            /// <summary>The close, plotted.</summary>
            [Indicator("Close")]
            partial class Close : IndicatorScript
            {
                protected override void Process() => chart.Plot(close, "Close");
            }
        }
        """);

    [Fact]
    public Task The_new_attribute_goes_above_the_class_s_other_attributes() => FixesAsync(s_fix, "SG0008", AddScriptAttributeCodeFix.StrategyKey,
        """
        [System.Obsolete("Use Cross2")]
        public sealed class /*!*/Cross
        {
            protected override void Setup() { }
            protected override void Process() { }
        }
        """,
        """
        [Strategy("Cross")]
        [System.Obsolete("Use Cross2")]
        public sealed partial class Cross
        {
            protected override void Setup() { }
            protected override void Process() { }
        }
        """);

    [Fact]
    public Task In_a_file_that_does_not_import_ScriptGen_the_attribute_is_qualified() => FixesFileAsync(s_fix, "SG0008", AddScriptAttributeCodeFix.IndicatorKey,
        """
        public partial class /*!*/Close : ScriptGen.IndicatorScript
        {
            protected override void Process() { }
        }
        """,
        """
        [ScriptGen.Indicator("Close")]
        public partial class Close : ScriptGen.IndicatorScript
        {
            protected override void Process() { }
        }
        """);

    [Fact]
    public Task Fix_all_marks_every_class_with_the_chosen_attribute() => FixesAllAsync(s_fix, "SG0008", AddScriptAttributeCodeFix.IndicatorKey,
        """
        public class /*!*/Close
        {
            protected override void Process() => chart.Plot(close, "Close");
        }

        public class /*!*/Open
        {
            protected override void Process() => chart.Plot(open, "Open");
        }
        """,
        """
        [Indicator("Close")]
        public partial class Close
        {
            protected override void Process() => chart.Plot(close, "Close");
        }

        [Indicator("Open")]
        public partial class Open
        {
            protected override void Process() => chart.Plot(open, "Open");
        }
        """);
}
