using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// The strategy behind TradingView's slippage_basic_trades.csv (tests/data/tradingview/strategy/README):
/// capital 10,000, 10 ticks of slippage, 0.1 % commission; market entries and closes on fixed bars.
/// </summary>
[Strategy("Slippage basic", InitialCapital = 10_000, Slippage = 10, CommissionType = CommissionType.Percent, CommissionValue = 0.1)]
public partial class SlippageBasic
{
    protected override void Process()
    {
        if (bar_index == 10)
        {
            strategy.Entry("Long", Direction.Long, comment: "Long Entry");
        }

        if (bar_index == 20)
        {
            strategy.Close("Long", comment: "Long Exit");
        }

        if (bar_index == 40)
        {
            strategy.Entry("Short", Direction.Short, comment: "Short Entry");
        }

        if (bar_index == 50)
        {
            strategy.Close("Short", comment: "Short Exit");
        }
    }
}
