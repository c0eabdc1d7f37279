using ScriptGen;

namespace Golden;

// Every trading setting of [Strategy] written out: each is emitted as written, enums by member name.
[Strategy(
    "Trading settings",
    InitialCapital = 25_000,
    DefaultQuantityType = QuantityType.PercentOfEquity,
    DefaultQuantity = 10,
    Pyramiding = 3,
    CommissionType = CommissionType.CashPerContract,
    CommissionValue = 0.5,
    Slippage = 2,
    ProcessOrdersOnClose = true,
    CloseEntriesRule = CloseEntriesRule.Any,
    MarginLong = 25,
    MarginShort = 50,
    RiskFreeRate = 0,
    BacktestFillLimitsAssumption = 1,
    UseBarMagnifier = true)]
public partial class TradingSettings
{
    protected override void Process()
    {
        if (bar_index == 10)
        {
            strategy.Entry("Long", Direction.Long);
        }
    }
}
