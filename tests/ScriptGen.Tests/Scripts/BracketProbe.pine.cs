using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// Exercises the broker's price-order paths every bar for allocation tests: every 10th bar a stop or
/// limit entry with a take-profit / stop-loss / trailing bracket, exits re-issued every bar, and the
/// open trades read through <c>foreach</c> and the indexer.
/// </summary>
[Strategy("Bracket probe", Pyramiding = 2, CommissionValue = 0.05, Slippage = 1)]
public partial class BracketProbe
{
    /// <summary>Sum of what the script read, so the reads are not optimised away.</summary>
    public double Checksum { get; private set; }

    protected override void Process()
    {
        int bar = bar_index;
        if (bar % 10 == 0)
        {
            if (bar % 20 == 0)
            {
                strategy.Entry("Long", Direction.Long, stop: close + 0.05, comment: "up");
            }
            else
            {
                strategy.Entry("Short", Direction.Short, limit: close + 0.05, ocaName: "g", ocaType: OcaType.Cancel);
            }
        }

        strategy.Exit("Bracket", "Long", profit: 40, loss: 30);
        strategy.Exit("Trail", "Short", trailPoints: 10, trailOffset: 5, qtyPercent: 50);
        if (bar % 37 == 0)
        {
            strategy.CloseAll(immediately: true);
        }

        double sum = strategy.PositionSize + strategy.Equity + strategy.OpenProfit;
        foreach (Trade trade in strategy.OpenTrades)
        {
            sum += trade.Profit + trade.MaxRunUp;
        }

        if (strategy.ClosedTrades.Count > 0)
        {
            sum += strategy.ClosedTrades[strategy.ClosedTrades.Count - 1].Profit;
        }

        Checksum += sum;
    }
}
