using ScriptGen;

namespace ScriptGen.Samples.Scripts;

/// <summary>
/// The RSI Strategy's entries with a bracket on every trade: long when the RSI crosses up through the
/// oversold level, short when it crosses down through the overbought level, and each position closed by
/// whichever comes first of its take-profit, its stop-loss (<c>strategy.exit</c> with <c>profit</c> and
/// <c>loss</c>, in ticks from the entry price) or the opposite signal, which reverses it. The distances are
/// in ticks of the symbol (<c>SymbolInfo.MinTick</c>): on EUR/USD, with a tick of 0.00001, the defaults are
/// 15 and 10 pips. It trades 100,000 units on 100,000 of capital.
/// </summary>
[Strategy("RSI Strategy with Exits", Overlay = true, InitialCapital = 100_000, DefaultQuantity = 100_000)]
public partial class RsiExitStrategy
{
    [Input("Length", MinValue = 1)] public int Length { get; init; } = 14;
    [Input("Oversold", MinValue = 0, MaxValue = 100)] public double Oversold { get; init; } = 30;
    [Input("Overbought", MinValue = 0, MaxValue = 100)] public double Overbought { get; init; } = 70;
    [Input("Take profit (ticks)", MinValue = 1)] public int ProfitTicks { get; init; } = 150;
    [Input("Stop loss (ticks)", MinValue = 1)] public int LossTicks { get; init; } = 100;

    protected override void Process()
    {
        double rsi = ta.Rsi(close, Length);
        // Both crosses run on every bar (as in the RSI Strategy) so their state sees every bar.
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

        // Called on every bar, as Pine scripts call strategy.exit: each bracket is placed once its entry is
        // pending or open, becomes live when the entry fills (on that bar already), and goes with its trade.
        strategy.Exit("RsiLE TP/SL", "RsiLE", profit: ProfitTicks, loss: LossTicks, commentProfit: "RsiLE TP", commentLoss: "RsiLE SL");
        strategy.Exit("RsiSE TP/SL", "RsiSE", profit: ProfitTicks, loss: LossTicks, commentProfit: "RsiSE TP", commentLoss: "RsiSE SL");
    }
}
