using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// Calls <c>strategy.exit</c> on every bar from six call sites whose arguments never change (constants and inputs), and
/// <c>strategy.cancel</c> and <c>strategy.cancel_all</c> from three more, so the inline loop makes each through a field of
/// its own that returns at once when the call would change nothing (<c>StrategyCalls</c>): brackets on three entries that
/// cross, pyramid and reverse, a partial exit, two call sites sharing one exit id with different arguments, a trailing
/// stop (never a repeat) and an exit for every entry; a limit entry that lives one bar (cancelled on every bar before it
/// is placed again), closes, and a cancel-all now and then. <see cref="PlaceEveryExitInFull"/> turns the broker's memo of
/// repeated exits off, so every exit is placed in full.
/// </summary>
[Strategy("Order call site probe", Pyramiding = 3)]
public partial class OrderCallSiteProbe
{
    [Input("Fast")] public int Fast { get; init; } = 3;
    [Input("Slow")] public int Slow { get; init; } = 7;
    [Input("Add every")] public int AddEvery { get; init; } = 7;
    [Input("Profit ticks")] public int ProfitTicks { get; init; } = 40;
    [Input("Loss ticks")] public int LossTicks { get; init; } = 30;
    [Input("Trail ticks")] public int TrailTicks { get; init; } = 20;
    [Input("Exit percent")] public double ExitPercent { get; init; } = 50;

    /// <summary>Every <c>strategy.exit</c> call placed in full (the broker remembers none).</summary>
    public bool PlaceEveryExitInFull { get; set; }

    /// <summary>What the script read from strategy at the end of each bar.</summary>
    public List<(double PositionSize, double Equity, double OpenProfit, int ClosedTrades)> Observed { get; } = new();

    protected override void Process()
    {
        if (PlaceEveryExitInFull)
        {
            Broker.Placement.RemembersExits = false;
        }

        double fast = ta.Sma(close, Fast);
        double slow = ta.Sma(close, Slow);
        if (ta.Crossover(fast, slow))
        {
            strategy.Entry("L", Direction.Long);
        }

        if (ta.Crossunder(fast, slow))
        {
            strategy.Entry("S", Direction.Short);
        }

        if (bar_index % AddEvery == 0)
        {
            strategy.Entry("L2", Direction.Long, limit: low);
        }

        if (bar_index % 23 == 0)
        {
            strategy.Close("L");
        }

        if (bar_index % 17 == 0)
        {
            strategy.Cancel("L2");
        }

        strategy.Cancel("L3"); // the limit placed on the bar before had this bar's path to fill
        if (bar_index % AddEvery == AddEvery - 1)
        {
            strategy.Entry("L3", Direction.Long, limit: low);
        }

        if (bar_index % 97 == 0)
        {
            strategy.CancelAll();
        }

        strategy.Exit("XL", "L", profit: ProfitTicks, loss: LossTicks, comment: "XL");
        strategy.Exit("XL2", "L2", qtyPercent: ExitPercent, profit: ProfitTicks, loss: LossTicks * 2);
        strategy.Exit("XS", "S", profit: ProfitTicks, loss: LossTicks);
        strategy.Exit("XS", "S", profit: ProfitTicks * 2, loss: LossTicks, commentProfit: "XS far");
        strategy.Exit("XT", "L2", trailPoints: TrailTicks, trailOffset: (double)TrailTicks / 2);
        strategy.Exit("XA", profit: ProfitTicks * 3, loss: LossTicks * 3);
        Observed.Add((strategy.PositionSize, strategy.Equity, strategy.OpenProfit, strategy.ClosedTrades.Count));
    }
}
