using ScriptGen;
using ScriptGen.Namespaces;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// A strategy whose orders come from the test: on each bar it hands <c>strategy</c> to
/// <see cref="OnBar"/>, so broker scenarios can place exactly the orders a rule is about.
/// </summary>
[Strategy("Order plan")]
public partial class OrderPlan
{
    /// <summary>Called on every bar with the bar index and the script's strategy namespace.</summary>
    public Action<int, PineStrategy>? OnBar { get; set; }

    /// <summary>What the script read from strategy at the end of each bar.</summary>
    public List<(double PositionSize, double PositionAvgPrice, double Equity, double OpenProfit, int ClosedTrades)> Observed { get; } = new();

    protected override void Process()
    {
        OnBar?.Invoke(bar_index, strategy);
        Observed.Add((strategy.PositionSize, strategy.PositionAvgPrice, strategy.Equity, strategy.OpenProfit, strategy.ClosedTrades.Count));
    }
}
