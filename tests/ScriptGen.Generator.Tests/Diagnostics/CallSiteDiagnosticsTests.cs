using ScriptGen.Generator.Tests.Infrastructure;
using static ScriptGen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>SG0020–SG0023, SG0030–SG0032: where <c>ta</c>, <c>math.Sum</c>, <c>input</c> and <c>chart</c> calls may stand.</summary>
public sealed class CallSiteDiagnosticsTests
{
    [Theory]
    [InlineData("for (int i = 0; i < 3; i++) { sum += ta./*!*/Sma(close, 3); }", "loop")]
    [InlineData("foreach (int length in new[] { 3, 5 }) { sum += ta./*!*/Sma(close, length); }", "loop")]
    [InlineData("while (sum < 1) { sum += ta./*!*/Sma(close, 3); }", "loop")]
    [InlineData("do { sum += ta./*!*/Sma(close, 3); } while (sum < 1);", "loop")]
    [InlineData("System.Func<double> f = () => ta./*!*/Sma(close, 3); sum = f();", "lambda")]
    [InlineData("double Local() => ta./*!*/Sma(close, 3); sum = Local();", "local function")]
    [InlineData("sum = (from n in new[] { 1 } select ta./*!*/Sma(close, n)).Sum();", "query expression")]
    public void SG0020_a_call_inside_a_loop_lambda_or_local_function(string statements, string construct) =>
        Reports("SG0020", $$"""
            using System.Linq;

            [Indicator("Repeated")]
            public partial class Repeated
            {
                protected override void Process()
                {
                    double sum = 0;
                    {{statements}}
                    chart.Plot(sum, "Sum");
                }
            }
            """, "'ta.Sma' cannot be called inside a " + construct, "compute it outside the " + construct);

    [Theory]
    [InlineData("for (int i = 0; i < 3; i++) { sum += math./*!*/Sum(close, 3); }", "loop")]
    [InlineData("System.Func<double> f = () => math./*!*/Sum(close, 3); sum = f();", "lambda")]
    public void SG0020_a_stateful_math_call_inside_a_loop_or_lambda(string statements, string construct) =>
        Reports("SG0020", $$"""
            [Indicator("Repeated")]
            public partial class Repeated
            {
                protected override void Process()
                {
                    double sum = 0;
                    {{statements}}
                    chart.Plot(sum, "Sum");
                }
            }
            """, "'math.Sum' cannot be called inside a " + construct);

    [Fact]
    public void SG0021_a_call_in_a_helper_called_from_several_places() => Reports("SG0021", """
        [Indicator("Shared helper")]
        public partial class SharedHelper
        {
            double Smooth(double value) => ta./*!*/Ema(value, 3);

            protected override void Process()
            {
                chart.Plot(Smooth(close), "Close");
                chart.Plot(Smooth(open), "Open");
            }
        }
        """, "'ta.Ema' is in 'Smooth'", "called from 2 places");

    [Theory]
    [InlineData("PineTa t = ta; chart.Plot(/*!*/t.Sma(close, 3), \"Sma\");", "'ta.Sma'", "'ta' member (for example 'ta.Sma(...)')")]
    [InlineData("chart.Plot(/*!*/Other.ta.Sma(close, 3), \"Sma\");", "'ta.Sma'", "'ta' member (for example 'ta.Sma(...)')")]
    [InlineData("var c = chart; /*!*/c.Plot(close, \"Close\");", "'chart.Plot'", "'chart' member (for example 'chart.Plot(...)')")]
    [InlineData("PineMath m = math; chart.Plot(/*!*/m.Sum(close, 3), \"Sum\");", "'math.Sum'", "'math' member (for example 'math.Sum(...)')")]
    public void SG0022_a_call_not_on_the_scripts_own_member(string statements, string function, string member) =>
        Reports("SG0022", $$"""
            [Indicator("Borrowed")]
            public partial class Borrowed
            {
                static readonly Borrowed Other = new();

                protected override void Process()
                {
                    {{statements}}
                }
            }
            """, function, member);

    [Fact]
    public void SG0023_a_call_outside_any_script()
    {
        MarkedSource script = MarkedSource.Parse(ScriptPath, Usings + """
            [Indicator("Host")]
            public partial class Host
            {
                protected override void Process() => chart.Plot(Helpers.Smooth(ta, close), "Close");
            }
            """);
        MarkedSource helpers = MarkedSource.Parse("Helpers.cs", Usings + """
            public static class Helpers
            {
                public static double Smooth(PineTa ta, double value) => ta./*!*/Ema(value, 3);

                public static double Total(PineMath math, double value) => math./*!*/Sum(value, 3) + math.Abs(value);
            }

            public abstract class HandWritten : IndicatorScript
            {
                protected double Average() => ta./*!*/Sma(close, 3);
            }
            """);

        Reports("SG0023", new[] { script, helpers }, "is called outside a [Strategy] or [Indicator] class declaration");
    }

    [Theory]
    [InlineData("chart.Plot(close, /*!*/Title);")]
    [InlineData("chart.Plot(close, /*!*/title: Title);")]
    [InlineData("chart.Plot(close, /*!*/null!);")]
    [InlineData("chart.Plot(close, /*!*/\"Close \" + bar_index);")]
    public void SG0030_a_plot_title_that_is_not_a_constant(string statement) => Reports("SG0030", $$"""
        [Indicator("Titles")]
        public partial class Titles
        {
            static string Title = "Close";

            protected override void Process()
            {
                {{statement}}
            }
        }
        """, "'chart.Plot'", "compile-time constant string");

    [Theory]
    [InlineData("chart.PlotShape(close > open, /*!*/Title);", "chart.PlotShape")]
    [InlineData("chart.HLine(50, /*!*/title: Title);", "chart.HLine")]
    [InlineData("chart.BgColor(color.Red, /*!*/Title);", "chart.BgColor")]
    [InlineData("chart.Fill(chart.Plot(open), chart.Plot(close), null, /*!*/Title);", "chart.Fill")]
    public void SG0030_the_title_of_any_drawing_call_that_is_not_a_constant(string statement, string function) => Reports("SG0030", $$"""
        [Indicator("Titles")]
        public partial class Titles
        {
            static string Title = "Close";

            protected override void Process()
            {
                {{statement}}
            }
        }
        """, $"'{function}'", "compile-time constant string");

    [Theory]
    [InlineData("chart.Plot(close, \"Close\", /*!*/lineWidth: Width);", "chart.Plot", "lineWidth")]
    [InlineData("chart.Plot(close, \"Close\", /*!*/style: close > open ? PlotStyle.Line : PlotStyle.Columns);", "chart.Plot", "style")]
    [InlineData("chart.Plot(close, \"Close\", /*!*/histBase: open);", "chart.Plot", "histBase")]
    [InlineData("chart.PlotShape(close > open, \"Up\", /*!*/Shape);", "chart.PlotShape", "style")]
    [InlineData("chart.PlotShape(close > open, \"Up\", /*!*/text: Title);", "chart.PlotShape", "text")]
    [InlineData("chart.PlotChar(close > open, \"Up\", /*!*/Title);", "chart.PlotChar", "character")]
    [InlineData("chart.HLine(50, \"Mid\", /*!*/lineWidth: Width);", "chart.HLine", "lineWidth")]
    public void SG0031_a_style_argument_that_is_not_a_constant(string statement, string function, string parameter) => Reports("SG0031", $$"""
        [Indicator("Styles")]
        public partial class Styles
        {
            static string Title = "Up";
            static int Width = 2;
            static ShapeStyle Shape = ShapeStyle.Circle;

            protected override void Process()
            {
                {{statement}}
            }
        }
        """, $"Argument '{parameter}' of '{function}' must be a compile-time constant", "only the series and the color may change");

    [Theory]
    [InlineData("chart.Plot(close, \"Close\", /*!*/lineWidth: 0);", "'lineWidth' of 'chart.Plot' is 0; it must be at least 1")]
    [InlineData("chart.HLine(50, \"Mid\", lineWidth: 1, /*!*/lineStyle: (HLineStyle)7);", "'lineStyle' of 'chart.HLine' is 7; it must be one of HLineStyle.Solid, HLineStyle.Dotted, HLineStyle.Dashed")]
    [InlineData("chart.PlotShape(close > open, \"Up\", /*!*/(ShapeStyle)(-1));", "'style' of 'chart.PlotShape' is -1; it must be one of ShapeStyle.XCross, ShapeStyle.Cross")]
    [InlineData("chart.PlotChar(close > open, \"Up\", /*!*/\"ab\");", "'character' of 'chart.PlotChar' is \"ab\"; it must be one character")]
    [InlineData("chart.PlotChar(close > open, \"Up\", /*!*/character: \"\");", "'character' of 'chart.PlotChar' is \"\"; it must be one character")]
    public void SG0032_a_style_argument_out_of_range(string statement, string message) => Reports("SG0032", $$"""
        [Indicator("Styles")]
        public partial class Styles
        {
            protected override void Process()
            {
                {{statement}}
            }
        }
        """, message);

    [Fact]
    public void A_character_of_several_code_units_that_reads_as_one_is_one_character() => ReportsNothing(new TestSource(ScriptPath, Usings + """
        [Indicator("Emoji")]
        public partial class Emoji
        {
            protected override void Process() => chart.PlotChar(close > open, "Flag", "🇫🇷");
        }
        """));

    [Fact]
    public void SG0040_a_series_field_without_an_initializer() => Reports("SG0040", """
        [Indicator("Series")]
        public partial class SeriesHolder
        {
            Series<double> /*!*/delta;
            readonly Series<double> smoothed = new(), /*!*/raw;

            protected override void Process() => chart.Plot(delta[1] + smoothed + raw, "Delta");
        }
        """, "Series '", "needs an initializer ('= new()')");

    [Fact]
    public void SG0041_a_series_the_bar_loop_cannot_advance() => Reports("SG0041", """
        [Indicator("Series")]
        public partial class SeriesHolder
        {
            static readonly Series<double> /*!*/shared = new();
            Series<double> /*!*/Computed => shared;

            protected override void Process() => chart.Plot(Computed[1], "Delta");
        }
        """, "the bar loop advances Series<T> instance fields and get-only auto-properties");
}
