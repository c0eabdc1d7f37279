using ScriptGen;

namespace Tests.Scripts;

/// <summary>An indicator with Series fields: history the generated bar loop advances every bar.</summary>
[Indicator("Series momentum", MaxBarsBack = 50)]
public partial class SeriesMomentum
{
    [Input("Length", MinValue = 1, MaxValue = 50, Step = 1, Tooltip = "Bars back", Group = "Momentum")]
    public int Length = 10;

    readonly Series<double> smoothed = new();
    Series<int> risingBars = new();

    protected override void Process()
    {
        smoothed.Value = ta.Sma(close, 3);
        double momentum = smoothed - smoothed[Length];
        risingBars.Value = momentum > 0 ? risingBars[1] + 1 : 0;
        chart.Plot(momentum, "Momentum");
        chart.Plot(risingBars.Value);
    }
}
