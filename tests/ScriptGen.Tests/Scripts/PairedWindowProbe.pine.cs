using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// Bollinger Bands from their parts, as Pine defines ta.bb: an average and a deviation of the same window, which the inline
/// bar loop keeps once (the deviation's state fed by the average's call); and the same pair over volume, whose na values
/// leave windows na, with the unbiased deviation. A run with a registered ta calls Process(), whose calls keep a window each.
/// </summary>
[Indicator("Paired window probe", Overlay = true)]
public partial class PairedWindowProbe
{
    [Input("Length", MinValue = 1)] public int Length { get; init; } = 20;

    protected override void Process()
    {
        double basis = ta.Sma(close, Length);
        double deviation = 2 * ta.Stdev(close, Length);
        chart.Plot(basis, "ta.bb(close, 20, 2).base");
        chart.Plot(basis + deviation, "ta.bb(close, 20, 2).upper");
        chart.Plot(basis - deviation, "ta.bb(close, 20, 2).lower");

        chart.Plot(ta.Sma(volume, 5), "sma(volume, 5)");
        chart.Plot(ta.Stdev(volume, 5, false), "stdev(volume, 5, false)");
    }
}
