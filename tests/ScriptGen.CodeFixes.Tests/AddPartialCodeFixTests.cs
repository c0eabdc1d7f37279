using static ScriptGen.CodeFixes.Tests.Infrastructure.CodeFixAssert;

namespace ScriptGen.CodeFixes.Tests;

/// <summary>SG0001: <see cref="AddPartialCodeFix"/>.</summary>
public sealed class AddPartialCodeFixTests
{
    private static readonly AddPartialCodeFix s_fix = new();

    [Fact]
    public Task Partial_goes_after_the_other_modifiers() => FixesAsync(s_fix, "SG0001", AddPartialCodeFix.EquivalenceKey,
        """
        [Indicator("Close")]
        public sealed class /*!*/Close
        {
            protected override void Process() => chart.Plot(close, "Close");
        }
        """,
        """
        [Indicator("Close")]
        public sealed partial class Close
        {
            protected override void Process() => chart.Plot(close, "Close");
        }
        """);

    [Fact]
    public Task Without_modifiers_partial_takes_the_keywords_place_and_indentation() => FixesAsync(s_fix, "SG0001", AddPartialCodeFix.EquivalenceKey,
        """
        namespace Scripts
        {
            /// <summary>The close.</summary>
            [Indicator("Close")]
            class /*!*/Close { protected override void Process() => chart.Plot(close, "Close"); }
        }
        """,
        """
        namespace Scripts
        {
            /// <summary>The close.</summary>
            [Indicator("Close")]
            partial class Close { protected override void Process() => chart.Plot(close, "Close"); }
        }
        """);

    [Fact]
    public Task A_nested_class_becomes_partial_and_then_hears_that_scripts_are_top_level() => FixesAsync(s_fix, "SG0001", AddPartialCodeFix.EquivalenceKey,
        """
        public class Outer
        {
            [Indicator("Close")]
            public class /*!*/Close { }
        }
        """,
        """
        public class Outer
        {
            [Indicator("Close")]
            public partial class Close { }
        }
        """,
        "SG0002");

    [Fact]
    public Task A_record_becomes_partial_and_then_hears_that_scripts_are_classes() => FixesAsync(s_fix, "SG0001", AddPartialCodeFix.EquivalenceKey,
        """
        [Indicator("Close")]
        public record /*!*/Close;
        """,
        """
        [Indicator("Close")]
        public partial record Close;
        """,
        "SG0002");

    [Fact]
    public Task Fix_all_makes_every_script_of_the_file_partial() => FixesAllAsync(s_fix, "SG0001", AddPartialCodeFix.EquivalenceKey,
        """
        [Indicator("Close")]
        public class /*!*/Close { protected override void Process() => chart.Plot(close, "Close"); }

        [Indicator("Open")]
        internal class /*!*/Open { protected override void Process() => chart.Plot(open, "Open"); }
        """,
        """
        [Indicator("Close")]
        public partial class Close { protected override void Process() => chart.Plot(close, "Close"); }

        [Indicator("Open")]
        internal partial class Open { protected override void Process() => chart.Plot(open, "Open"); }
        """);
}
