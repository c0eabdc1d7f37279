using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// Each probe script plots Pine expressions under TradingView's column titles; every plotted bar must
/// match the value TradingView exported (tests/data/tradingview/ta, see its README), warm-up and na
/// bars included. The scripts go through the whole pipeline: generator, interceptors, runtime.
/// </summary>
public sealed class TradingViewParityTests
{
    public static TheoryData<string, string> Probes => new()
    {
        { "ma.csv", nameof(MovingAveragesProbe) },
        { "mfi+rsi+stoch.csv", nameof(RsiProbe) },
        { "cross.csv", nameof(CrossProbe) },
        { "highest+lowest.csv", nameof(HighestLowestProbe) },
        { "tr.csv", nameof(TrueRangeProbe) },
        { "bb.csv", nameof(BollingerProbe) },
        { "macd.csv", nameof(MacdProbe) },
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public void Every_plotted_expression_matches_TradingView_on_every_bar(string file, string probe)
    {
        TaReference reference = TaReference.Load(file);
        IndicatorScript script = probe switch
        {
            nameof(MovingAveragesProbe) => MovingAveragesProbe.Create(),
            nameof(RsiProbe) => RsiProbe.Create(),
            nameof(CrossProbe) => CrossProbe.Create(),
            nameof(HighestLowestProbe) => HighestLowestProbe.Create(),
            nameof(TrueRangeProbe) => TrueRangeProbe.Create(),
            nameof(BollingerProbe) => BollingerProbe.Create(),
            _ => MacdProbe.Create(),
        };

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(script, reference.Bars);

        Assert.NotEmpty(result.Plots);
        foreach (PlotResult plot in result.Plots)
        {
            Tolerance.AssertSeries($"{file} {plot.Title}", reference.Csv.Numbers(plot.Title), plot.Values.Span);
        }
    }
}
