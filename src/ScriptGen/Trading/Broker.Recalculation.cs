using System.Runtime.InteropServices;

namespace ScriptGen.Trading;

/// <summary>
/// <c>calc_on_order_fills</c> (rule 9): after a fill, the script runs again on the same bar, standing
/// at the tick where the fill happened, and what it orders is filled from that tick on.
/// </summary>
/// <remarks>
/// <para>The bar's path is walked tick by tick (the fill model's points: open, the nearer extreme,
/// the other extreme, close). When a tick saw a fill, the script re-runs there: the position,
/// equity and open profit it reads, and the size of a default-sized order it places, are marked at
/// that tick's price; its market orders fill at that tick's price (with slippage), its price orders
/// wherever the rest of the path reaches them. If the re-run's own orders fill at that same tick,
/// the next re-run stands at the next tick, so every re-run stands further along the bar than the
/// one before (TradingView's "at most four fills per historical bar: two at the open, one at each
/// extreme", and PyneCore's measured "open, open, near, far"). A fill on the closing leg gets no
/// re-run: the bar's ordinary run at the close follows and sees it.</para>
/// <para>The script sees the bar's finished open, high, low and close in every run, as TradingView's
/// re-runs do (PyneCore documents this as a TradingView behaviour it chose to differ from).</para>
/// </remarks>
public sealed partial class Broker
{
    private IIntrabarScript? _intrabarScript;
    private long _fills;

    /// <summary>Whether the script re-runs after fills (<c>calc_on_order_fills</c>, off under <c>process_orders_on_close</c>).</summary>
    internal bool RecalculatesOnFills => _intrabarScript is not null;

    /// <summary>Turns rule 9 on for this run: <paramref name="script"/> is re-run after fills.</summary>
    internal void RecalculateOnFills(IIntrabarScript script) => _intrabarScript = script;

    /// <summary>The bar's path with a re-run of the script after every tick that saw a fill.</summary>
    private void WalkPathWithRecalculation(ReadOnlySpan<double> path, IIntrabarScript script)
    {
        double price = path[0];
        Advance(double.NaN, price);
        RemoveOrphanExits();
        long before = _fills;
        SettleAt(price);
        CheckMarginCall(price);
        bool filled = _fills != before;
        int lastRerunTick = path.Length - 2; // A fill on the closing leg is seen by the run at the close.
        for (int tick = 0; ; tick++)
        {
            if (filled && tick <= lastRerunTick)
            {
                before = _fills;
                RunScriptAt(price, script);
                FillImmediateCloses(price); // Closes the re-run asked to fill immediately, at its tick.
                RemoveOrphanExits();
                SettleAt(price); // The re-run's market orders, and price orders it placed already through.
                CheckMarginCall(price);
                filled = _fills != before; // Then the next re-run stands at the next tick.
            }

            if (tick == path.Length - 1)
            {
                return;
            }

            before = _fills;
            WalkSegment(price, path[tick + 1]);
            price = path[tick + 1];
            CheckMarginCall(price);
            filled |= _fills != before;
        }
    }

    /// <summary>Runs the script with the broker marked at <paramref name="price"/>, then back at the bar's close.</summary>
    private void RunScriptAt(double price, IIntrabarScript script)
    {
        double close = _close;
        _close = price; // What a default-sized market order is sized at.
        MarkOpenTrades(price);
        script.RunAfterFill();
        _close = close;
    }

    /// <summary>Marks the open trades at <paramref name="price"/>: their profit and the strategy's open profit.</summary>
    private void MarkOpenTrades(double price)
    {
        double openProfit = 0;
        foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
        {
            trade.Mark(price);
            openProfit += trade.Profit;
        }

        _openProfit = openProfit;
    }
}
