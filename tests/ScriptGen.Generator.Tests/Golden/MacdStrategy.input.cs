using ScriptGen;

namespace ScriptGen.Samples.Scripts;

/// <summary>
/// TradingView's built-in "MACD Strategy", ported line for line: long when the MACD histogram crosses
/// above zero, short when it crosses below, reversing. It trades 100,000 units on 100,000 of capital;
/// run with the settings TradingView's export was made with (1,000,000 of capital, 1 unit), its trades
/// match that export (tests/data/tradingview/strategy/macd_trades.csv) trade for trade.
/// </summary>
[Strategy("MACD Strategy", Overlay = true, InitialCapital = 100_000, DefaultQuantity = 100_000)]
public partial class MacdStrategy
{
    [Input("Fast length")] public int FastLength { get; init; } = 12;
    [Input("Slow length")] public int SlowLength { get; init; } = 26;
    [Input("MACD length")] public int MacdLength { get; init; } = 9;

    protected override void Process()
    {
        double macd = ta.Ema(close, FastLength) - ta.Ema(close, SlowLength);
        double signal = ta.Ema(macd, MacdLength);
        double delta = macd - signal;

        if (ta.Crossover(delta, 0))
        {
            strategy.Entry("MacdLE", Direction.Long, comment: "MacdLE");
        }

        if (ta.Crossunder(delta, 0))
        {
            strategy.Entry("MacdSE", Direction.Short, comment: "MacdSE");
        }
    }
}
