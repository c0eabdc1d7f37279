using ScriptGen;

namespace Tests.Scripts.Shapes;

// The shapes of ta functions the samples lack: tuple results, Pine variables as parameterless
// methods (with and without state), facade parameters named like bar values (stoch's high and low
// come from the call, not from the bar), and bar values the core asks for (barIndex, volume, and the
// bar history obv catches up from).
[Indicator("Ta Shapes")]
public partial class TaShapes
{
    protected override void Process()
    {
        var (middle, upper, lower) = ta.Bb(close, 20, 2);
        (double macd, double signal, double histogram) = ta.Macd(close, 12, 26, 9);
        double obv = ta.Obv();
        double iii = ta.Iii();
        double stoch = ta.Stoch(close, hl2, low, 14);
        double wpr = ta.Wpr(14);
        double vwma = ta.Vwma(close, 20);
        chart.Plot(middle + upper + lower + macd + signal + histogram + obv + iii + stoch + wpr + vwma, "Sum");
    }
}
