using ScriptGen;

namespace ScriptGen.Samples.Scripts;

/// <summary>
/// TradingView's built-in "Bollinger Bands Strategy", ported line for line: when the close crosses up
/// through the lower band, a buy stop at the band; when it crosses down through the upper band, a sell
/// stop at the band; the two share a one-cancels-all group, and a stop not renewed on the next bar is
/// cancelled. It trades 100,000 units on 100,000 of capital; run with the settings TradingView's export
/// was made with (1,000,000 of capital, 1 unit), its trades match that export
/// (tests/data/tradingview/strategy/bollinger_trades.csv) trade for trade.
/// </summary>
[Strategy("Bollinger Bands Strategy", Overlay = true, InitialCapital = 100_000, DefaultQuantity = 100_000)]
public partial class BollingerStrategy
{
    [Input("Length", MinValue = 1)] public int Length { get; init; } = 20;
    [Input("Multiplier", MinValue = 0.001, MaxValue = 50)] public double Multiplier { get; init; } = 2.0;

    protected override void Process()
    {
        double basis = ta.Sma(close, Length);
        double deviation = Multiplier * ta.Stdev(close, Length);
        double upper = basis + deviation;
        double lower = basis - deviation;
        // Both crosses run on every bar (as in the Pine original, where they are the if conditions).
        bool crossedAboveLower = ta.Crossover(close, lower);
        bool crossedBelowUpper = ta.Crossunder(close, upper);

        if (crossedAboveLower)
        {
            strategy.Entry("BBandLE", Direction.Long, stop: lower, ocaName: "BollingerBands", ocaType: OcaType.Cancel, comment: "BBandLE");
        }
        else
        {
            strategy.Cancel("BBandLE");
        }

        if (crossedBelowUpper)
        {
            strategy.Entry("BBandSE", Direction.Short, stop: upper, ocaName: "BollingerBands", ocaType: OcaType.Cancel, comment: "BBandSE");
        }
        else
        {
            strategy.Cancel("BBandSE");
        }

        chart.Plot(upper, "Upper", color.Blue);
        chart.Plot(basis, "Basis", color.Orange);
        chart.Plot(lower, "Lower", color.Blue);
    }
}
