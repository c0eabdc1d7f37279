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

    /// <summary>A long from bar 1's open bracketed at 103 / 97, with the bar magnifier on (<see cref="MagnifiedBars"/>, <see cref="MagnifierMinutes"/>).</summary>
    public const string MagnifiedBracket = """
        using ScriptGen;

        [Strategy("Magnified bracket", UseBarMagnifier = true)]
        public partial class MagnifiedBracket
        {
            protected override void Process()
            {
                if (bar_index == 0)
                {
                    strategy.Entry("L", Direction.Long);
                    strategy.Exit("B", "L", limit: 103, stop: 97);
                }
            }
        }
        """;

    /// <summary>Hourly bars; bar 2's open is nearer its high, so its own path reaches 103 before 97.</summary>
    public const string MagnifiedBars = """
        time,open,high,low,close
        2024-01-01T00:00:00Z,100,100.5,99.5,100
        2024-01-01T01:00:00Z,100,100.5,99.5,100
        2024-01-01T02:00:00Z,101,104,96,100
        2024-01-01T03:00:00Z,100,100.5,99.5,100
        """;

    /// <summary>Bar 2's minutes: down to 96 (through 97) before up to 104.</summary>
    public const string MagnifierMinutes = """
        time,open,high,low,close
        2024-01-01T02:00:00Z,101,101.5,98,98.5
        2024-01-01T02:01:00Z,98.5,99,96,96.5
        2024-01-01T02:02:00Z,96.5,102,96.5,101.5
        2024-01-01T02:03:00Z,101.5,104,100,100
        """;

    /// <summary>Plots each bar's high: imported on intrabars by <see cref="MinuteCount"/>.</summary>
    public const string MinuteHigh = """
        using ScriptGen;

        [Indicator("minute high")]
        public partial class MinuteHigh
        {
            protected override void Process() => chart.Plot(high, "High");
        }
        """;

    /// <summary>An indicator reading each bar's 1-minute bars through an import on intrabars.</summary>
    public const string MinuteCount = """
        using ScriptGen;

        [Indicator("minute count")]
        public partial class MinuteCount
        {
            MinuteHigh _minutes = null!;

            protected override void Setup() => _minutes = ImportIntrabars<MinuteHigh>("1");

            protected override void Process()
            {
                ReadOnlySpan<double> highs = _minutes.Plots.High.Intrabars;
                chart.Plot(highs.Length, "Minutes");
                chart.Plot(highs.Length > 1 ? highs[1] : double.NaN, "Second minute high");
            }
        }
        """;

    /// <summary>Plots each bar's close: imported on another symbol by <see cref="OtherSymbolClose"/>.</summary>
    public const string OwnClose = """
        using ScriptGen;

        [Indicator("own close")]
        public partial class OwnClose
        {
            protected override void Process() => chart.Plot(close, "Close");
        }
        """;

    /// <summary>Plots another symbol's close, aligned to the chart (Pine's request.security("OTHER", timeframe.period, close)).</summary>
    public const string OtherSymbolClose = """
        using ScriptGen;

        [Indicator("other symbol close")]
        public partial class OtherSymbolClose
        {
            OwnClose _other = null!;

            protected override void Setup() => _other = Import<OwnClose>(symbol: "OTHER");

            protected override void Process() => chart.Plot(_other.Plots.Close, "Other close");
        }
        """;

    /// <summary>Another symbol's hourly bars over <see cref="MagnifiedBars"/>' hours, without the 02:00 bar.</summary>
    public const string OtherSymbolBars = """
        time,open,high,low,close
        2024-01-01T00:00:00Z,10,10,10,10
        2024-01-01T01:00:00Z,20,20,20,20
        2024-01-01T03:00:00Z,40,40,40,40
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
