using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// Runs the <see cref="OrderPlan"/> strategy over hand-written bars with the orders a scenario places
/// on each bar. The default symbol has tick 0.01 and point value 1.
/// </summary>
internal static class BrokerScenario
{
    public static StrategyResult Run(Bars bars, Action<int, PineStrategy> plan, StrategySettings? settings = null, SymbolInfo? symbol = null) =>
        Run(bars, plan, out _, settings, symbol);

    public static StrategyResult Run(
        Bars bars, Action<int, PineStrategy> plan, out OrderPlan script, StrategySettings? settings = null, SymbolInfo? symbol = null)
    {
        script = OrderPlan.Create();
        script.OnBar = plan;
        var options = new RunOptions { Strategy = settings, Symbol = symbol ?? SymbolInfo.Default };
        return new RuntimeEnvironment().RunStrategy(script, bars, options);
    }

    /// <summary>The one closed trade of a run.</summary>
    public static Trade OnlyClosed(StrategyResult result) => Assert.Single(result.ClosedTrades);

    /// <summary>(entry bar, entry price, exit bar, exit price, exit signal) of each closed trade.</summary>
    public static (int, double, int, double, string)[] Fills(StrategyResult result) =>
        result.ClosedTrades.Select(t => (t.EntryBar, t.EntryPrice, t.ExitBar, t.ExitPrice, t.ExitSignal)).ToArray();
}
