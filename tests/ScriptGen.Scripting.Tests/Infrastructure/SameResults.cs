using ScriptGen.Trading;

namespace ScriptGen.Scripting.Tests.Infrastructure;

/// <summary>Two strategy results are the same run: script description, settings, every trade field, every plot value, equity and summary.</summary>
internal static class SameResults
{
    public static void AssertSame(StrategyResult expected, StrategyResult actual)
    {
        Assert.Equal((expected.Script.Title, expected.Script.Kind, expected.Script.TypeName), (actual.Script.Title, actual.Script.Kind, actual.Script.TypeName));
        Assert.Equal(expected.Script.Inputs, actual.Script.Inputs);
        Assert.Equal(expected.Script.Plots, actual.Script.Plots);
        Assert.Equal(expected.Settings, actual.Settings);
        AssertSameTrades(expected.ClosedTrades, actual.ClosedTrades);
        AssertSameTrades(expected.OpenTrades, actual.OpenTrades);
        Assert.Equal(expected.Plots.Count, actual.Plots.Count);
        for (int i = 0; i < expected.Plots.Count; i++)
        {
            Assert.Equal((expected.Plots[i].Title, expected.Plots[i].Index, expected.Plots[i].Color), (actual.Plots[i].Title, actual.Plots[i].Index, actual.Plots[i].Color));
            Assert.Equal(expected.Plots[i].Values.ToArray(), actual.Plots[i].Values.ToArray());
        }

        Assert.Equal(expected.Equity.ToArray(), actual.Equity.ToArray());
        Assert.Equal(expected.Summary, actual.Summary);
    }

    private static void AssertSameTrades(IReadOnlyList<Trade> expected, IReadOnlyList<Trade> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Trade e = expected[i], a = actual[i];
            Assert.Equal(
                (e.Number, e.Direction, e.Quantity, e.EntryId, e.EntryComment, e.EntryBar, e.EntryTime, e.EntryPrice),
                (a.Number, a.Direction, a.Quantity, a.EntryId, a.EntryComment, a.EntryBar, a.EntryTime, a.EntryPrice));
            Assert.Equal(
                (e.ExitId, e.ExitComment, e.ExitBar, e.ExitTime, e.ExitPrice, e.Profit, e.ProfitPercent, e.Commission),
                (a.ExitId, a.ExitComment, a.ExitBar, a.ExitTime, a.ExitPrice, a.Profit, a.ProfitPercent, a.Commission));
            Assert.Equal(
                (e.MaxRunUp, e.MaxRunUpPercent, e.MaxDrawdown, e.MaxDrawdownPercent, e.IsOpen, e.Size, e.BarsHeld, e.EntrySignal, e.ExitSignal),
                (a.MaxRunUp, a.MaxRunUpPercent, a.MaxDrawdown, a.MaxDrawdownPercent, a.IsOpen, a.Size, a.BarsHeld, a.EntrySignal, a.ExitSignal));
        }
    }
}
