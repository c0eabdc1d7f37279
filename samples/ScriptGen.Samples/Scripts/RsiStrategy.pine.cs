using ScriptGen;

namespace ScriptGen.Samples.Scripts;

/// <summary>
/// TradingView's built-in "RSI Strategy", ported line for line: long when the RSI crosses up
/// through the oversold level, short when it crosses down through the overbought level. It trades
/// 100,000 units on 100,000 of capital; run with the settings TradingView's export was made with
/// (1,000,000 of capital, 1 unit), its trades match that export
/// (tests/data/tradingview/strategy/rsi_trades.csv) trade for trade.
/// </summary>
[Strategy("RSI Strategy", Overlay = true, InitialCapital = 100_000, DefaultQuantity = 100_000)]
public partial class RsiStrategy
{
    [Input("Length", MinValue = 1)] public int Length { get; init; } = 14;
    [Input("Oversold")] public double Oversold { get; init; } = 30;
    [Input("Overbought")] public double Overbought { get; init; } = 70;

    protected override void Process()
    {
        double rsi = ta.Rsi(close, Length);
        // Both crosses run on every bar (as in the Pine original) so their state sees every bar.
        bool crossedUp = ta.Crossover(rsi, Oversold);
        bool crossedDown = ta.Crossunder(rsi, Overbought);
        if (!na(rsi))
        {
            if (crossedUp)
            {
                strategy.Entry("RsiLE", Direction.Long, comment: "RsiLE");
            }

            if (crossedDown)
            {
                strategy.Entry("RsiSE", Direction.Short, comment: "RsiSE");
            }
        }
    }
}
