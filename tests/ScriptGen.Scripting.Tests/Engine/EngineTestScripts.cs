namespace ScriptGen.Scripting.Tests.Engine;

/// <summary>Script texts the engine tests compile.</summary>
internal static class EngineTestScripts
{
    /// <summary>An SMA indicator that plots how many bars it processed.</summary>
    public const string Level = """
        namespace Texts;

        [Indicator("Level")]
        public partial class Level
        {
            [Input("Length", MinValue = 1)] public int Length { get; init; } = 3;

            public int BarsProcessed { get; private set; }

            protected override void Process()
            {
                BarsProcessed++;
                chart.Plot(ta.Sma(close, Length), "Level");
            }
        }
        """;

    /// <summary>A strategy importing <see cref="Level"/> twice with equal inputs, plotting what it sees.</summary>
    public const string Trader = """
        namespace Texts;

        [Strategy("Trader")]
        public partial class Trader
        {
            Level _a = null!;
            Level _b = null!;

            protected override void Setup()
            {
                _a = Import(new Level.Inputs { Length = 3 });
                _b = Import(Level.Inputs.Default);
            }

            protected override void Process()
            {
                chart.Plot(_a.Plots.Level, "level");
                chart.Plot(ta.Sma(close, 3), "own sma");
                chart.Plot(_a.BarsProcessed, "level bars processed");
                chart.Plot(ReferenceEquals(_a, _b) ? 1 : 0, "shared");
                if (ta.Crossover(close, _a.Plots.Level)) strategy.Entry("Long", Direction.Long);
                if (ta.Crossunder(close, _a.Plots.Level)) strategy.Close("Long");
            }
        }
        """;

    /// <summary>TradingView's RSI Strategy on the RSI indicator compiled into the host (the samples), sized as the sample is.</summary>
    public const string HostRsiStrategy = """
        using ScriptGen.Samples.Scripts;

        namespace Texts;

        [Strategy("RSI Strategy on the host's RSI", Overlay = true, InitialCapital = 100_000, DefaultQuantity = 100_000)]
        public partial class HostRsiStrategy
        {
            Rsi _rsi = null!;

            protected override void Setup() => _rsi = Import(new Rsi.Inputs { Length = 14 });

            protected override void Process()
            {
                double rsi = _rsi.Plots.RSI;
                bool crossedUp = ta.Crossover(rsi, 30);
                bool crossedDown = ta.Crossunder(rsi, 70);
                if (!na(rsi))
                {
                    if (crossedUp) strategy.Entry("RsiLE", Direction.Long, comment: "RsiLE");
                    if (crossedDown) strategy.Entry("RsiSE", Direction.Short, comment: "RsiSE");
                }
            }
        }
        """;

    /// <summary>An indicator of namespace Cycle importing <paramref name="imports"/>.</summary>
    public static string CycleMember(string name, string imports) => $$"""
        namespace Cycle;

        [Indicator("{{name}}")]
        public partial class {{name}}
        {
            {{imports}} _next = null!;

            protected override void Setup() => _next = Import<{{imports}}>();

            protected override void Process() => chart.Plot(close, "Close");
        }
        """;

    /// <summary>Plots ta.Ema(close, 3), so a registered ta is observed through the intercepted call.</summary>
    public const string EmaProbe = """
        [Indicator("EMA probe")]
        public partial class EmaProbe
        {
            protected override void Process() => chart.Plot(ta.Ema(close, 3), "EMA");
        }
        """;

    /// <summary>Throws on bar 5 from line 8.</summary>
    public const string Failing = """
        [Indicator("Failing")]
        public partial class Failing
        {
            protected override void Process()
            {
                if (bar_index == 5)
                {
                    throw new InvalidOperationException("boom on five");
                }
            }
        }
        """;

    /// <summary>Reads a namespace registered under <paramref name="name"/>.</summary>
    public static string ScaleUser(string name) => $$"""
        using ScriptGen.Scripting.Tests.HostTypes;

        [Indicator("Scale user")]
        public partial class ScaleUser
        {
            ScaleNamespace _scale = null!;

            protected override void Setup() => _scale = Namespace<ScaleNamespace>("{{name}}");

            protected override void Process() => chart.Plot(_scale.Scale(close), "Scaled");
        }
        """;
}
