using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// Trades busily for its first 2,000 bars (price entries with brackets and trailing stops, closes), then holds one
/// long position to the end with a protective stop re-issued every bar, calling <c>ta</c>, plotting and reading the
/// account on every bar: after bar 2,000 nothing a run keeps grows with the bars, so a run of 100,000 bars and one of
/// 1,000,000 must allocate the same (apart from what the user asked to record).
/// </summary>
[Strategy("Steady state probe", Pyramiding = 2, CommissionValue = 0.05)]
public partial class SteadyStateProbe
{
    /// <summary>Bars of busy trading before the position is held.</summary>
    public const int BusyBars = 2_000;

    /// <summary>Sum of what the script read, so the reads are not optimised away.</summary>
    public double Checksum { get; private set; }

    protected override void Process()
    {
        double fast = ta.Ema(close, 9);
        double rsi = ta.Rsi(close, 14);
        double upper = ta.Highest(high, 20);
        int bar = bar_index;
        if (bar < BusyBars)
        {
            if (bar % 10 == 0)
            {
                strategy.Entry(bar % 20 == 0 ? "Long" : "Short", bar % 20 == 0 ? Direction.Long : Direction.Short, stop: bar % 20 == 0 ? close * 1.001 : double.NaN);
            }

            strategy.Exit("Bracket", "Long", profit: 40, loss: 30);
            strategy.Exit("Trail", "Short", trailPoints: 10, trailOffset: 5);
        }
        else if (bar == BusyBars)
        {
            strategy.CloseAll(immediately: true);
            strategy.Entry("Hold", Direction.Long);
        }
        else
        {
            strategy.Exit("Guard", "Hold", stop: close * 0.01);
        }

        chart.Plot(fast, "EMA");
        chart.Plot(rsi, "RSI");
        Checksum += strategy.PositionSize + strategy.Equity + strategy.OpenProfit + upper;
    }
}
