using System.Collections.Generic;
using ScriptGen;

namespace Tests.Scripts;

/// <summary>A strategy that re-runs after fills: every kind of state the rollback saves, and what it leaves.</summary>
[Strategy("Re-run after fills", CalcOnOrderFills = true)]
public partial class ReRunAfterFills
{
    [Input("Length", MinValue = 2)] public int Length { get; init; } = 20;
    [Input("Stop ticks")] public int StopTicks = 50;

    readonly Series<double> spread = new();
    double lastEntryPrice = double.NaN;
    string lastSignal = "";
    int Trades { get; set; }
    Color? tint;
    [Varip] int runs;
    [Varip] readonly List<double> fillPrices = new();

    protected override void Process()
    {
        runs++;
        spread.Value = high - low;
        double average = ta.Sma(close, Length);
        if (ta.Crossover(close, average))
        {
            strategy.Entry("L", Direction.Long);
            lastSignal = "cross";
            tint = color.Green;
        }

        if (strategy.PositionSize > 0 && strategy.PositionAvgPrice != lastEntryPrice)
        {
            lastEntryPrice = strategy.PositionAvgPrice;
            fillPrices.Add(lastEntryPrice);
            Trades++;
            strategy.Exit("SL", "L", loss: StopTicks);
        }

        chart.Plot(spread[1], "Spread");
    }
}
