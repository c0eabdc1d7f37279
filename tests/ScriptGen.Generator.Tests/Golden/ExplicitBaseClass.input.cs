using ScriptGen;

namespace Tests.Scripts.Explicit;

// The author wrote the base class the generator would add: the script binds without the
// generator's help, and the generated part must repeat the same base.
[Indicator("Average true range")]
public partial class AverageTrueRange : IndicatorScript
{
    [Input("Length", MinValue = 1)] public int Length { get; init; } = 14;

    protected override void Process()
    {
        chart.Plot(ta.Atr(Length), "ATR");
        chart.Plot(ta.Tr(handleNa: true), "TR");
        chart.Plot(ta.Stdev(close, Length, biased: false), "Stdev");
    }
}
