using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// Alerts on the crosses of cross.csv (ema(close, 5) and ema(close, 11), as its PyneCore test computes them): an
/// <c>Alert</c> on each cross over, an <c>AlertCondition</c> on each cross under, whose message names the bar's values.
/// </summary>
[Indicator("alert probe")]
public partial class AlertProbe
{
    protected override void Process()
    {
        double ema1 = ta.Ema(close, 5);
        double ema2 = ta.Ema(close, 11);
        bool up = ta.Crossover(ema1, ema2);
        bool down = ta.Crossunder(ema1, ema2);
        chart.Plot(ema1, "fast");
        chart.Plot(ema2, "slow");
        if (up)
        {
            Alert("crossed up at " + str.ToString(close));
        }

        AlertCondition(down, "Cross down", "{{ticker}} crossed down: close {{close}} at {{time}}, fast {{plot_0}}, slow {{plot(\"slow\")}}, {{exchange}} unknown");
    }
}

/// <summary>Three <c>Alert</c> calls from one call site each bar (a loop), and one more from a second site, at each frequency.</summary>
[Indicator("alert frequency probe")]
public partial class AlertFrequencyProbe
{
    /// <summary>The <see cref="AlertFrequency"/> as its number (inputs are int, double, bool or string).</summary>
    [Input] public int Frequency { get; set; } = 0;

    protected override void Process()
    {
        for (int i = 0; i < 3; i++)
        {
            Alert("loop " + i, (AlertFrequency)Frequency);
        }

        Alert("second site", (AlertFrequency)Frequency);
    }
}

/// <summary>
/// Enters long on bar 0 (filled at bar 1's open) with calc_on_order_fills, so bar 1 runs once after the fill and once at its
/// close; alerts at each frequency on every execution.
/// </summary>
[Strategy("alert rerun probe", CalcOnOrderFills = true)]
public partial class AlertRerunProbe
{
    protected override void Process()
    {
        if (bar_index == 0)
        {
            strategy.Entry("L", Direction.Long);
        }

        Alert("once " + strategy.PositionSize, AlertFrequency.OncePerBar);
        Alert("close " + strategy.PositionSize, AlertFrequency.OncePerBarClose);
        Alert("all " + strategy.PositionSize, AlertFrequency.All);
    }
}

/// <summary>Imports the frequency probe (which alerts on every bar) and alerts nothing itself.</summary>
[Indicator("alert importer probe")]
public partial class AlertImporterProbe
{
    AlertFrequencyProbe _imported = null!;

    protected override void Setup() => _imported = Import(new AlertFrequencyProbe.Inputs { Frequency = 2 });

    protected override void Process() => chart.Plot(close, "close");
}
