namespace ScriptGen.Cli.Tests.Infrastructure;

/// <summary>Script texts the tests write to files.</summary>
internal static class Scripts
{
    public const string Broken = """
        using ScriptGen;

        [Strategy("Broken")]
        public partial class Broken
        {
            protected override void Process()
            {
                for (int i = 0; i < 3; i++) { double x = ta.Sma(close, 3); }
                undefinedThing++;
            }
        }
        """;

    public const string BrokenLoopError =
        "Broken.pine.cs(8,53): error SG0020: 'ta.Sma' cannot be called inside a loop: its call site keeps one state that repeated calls in a bar would share; compute it outside the loop";

    public const string BrokenNameError = "Broken.pine.cs(9,9): error CS0103: The name 'undefinedThing' does not exist in the current context";

    public const string Warns = """
        using ScriptGen;

        [Indicator("Warns")]
        public partial class Warns
        {
            protected override void Process()
            {
                string? text = null;
                chart.Plot(text!.Length + close, "Value");
                int unused = 1;
            }
        }
        """;

    public const string ThrowsOnBar = """
        using ScriptGen;

        [Strategy("Throws")]
        public partial class Throws
        {
            protected override void Process()
            {
                if (bar_index == 100)
                {
                    throw new InvalidOperationException("the script gave up");
                }
            }
        }
        """;

    /// <summary>Alerts on bars 10 and 20 (an alert() call) and on every 100th bar (a condition naming the bar's values).</summary>
    public const string Alerts = """
        using ScriptGen;

        [Indicator("Alerts")]
        public partial class Alerts
        {
            protected override void Process()
            {
                if (bar_index == 10 || bar_index == 20)
                {
                    Alert("bar " + bar_index);
                }

                AlertCondition(bar_index % 100 == 0, "Hundred", "{{ticker}} at {{time}}");
            }
        }
        """;

    public const string ReadsFiles = """
        using ScriptGen;

        [Strategy("Reads files")]
        public partial class ReadsFiles
        {
            protected override void Process()
            {
                if (System.IO.File.Exists("/definitely/not/here") && close > 0)
                {
                    strategy.Entry("Long", Direction.Long);
                }
            }
        }
        """;
}
