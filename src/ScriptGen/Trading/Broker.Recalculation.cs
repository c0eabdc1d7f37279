using System.Runtime.InteropServices;

namespace ScriptGen.Trading;

/// <summary>
/// <c>calc_on_order_fills</c> (rule 9): after a fill, the script runs again on the same bar, standing
/// at the tick where the fill happened, and what it orders is filled from that tick on.
/// </summary>
/// <remarks>
/// <para>The bar's path (the fill model's points: open, the nearer extreme, the other extreme, close)
/// is walked as without the setting; when a point before the close saw a fill, the script re-runs there: the position,
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

    /// <summary>Turns rule 9 on for this run: <paramref name="script"/> is re-run after fills (<c>null</c>: off, as after the run).</summary>
    internal void RecalculateOnFills(IIntrabarScript? script) => _intrabarScript = script;

    /// <summary>
    /// The re-run at a path point that saw a fill (called by the path walk), with the broker marked at
    /// <paramref name="price"/>; then what it ordered that fills at once: its <c>immediately</c> closes,
    /// its market orders and price orders already through. Fills here make the next point re-run too, so
    /// each re-run stands further along the bar.
    /// </summary>
    private void RunScriptAfterFill(double price, IIntrabarScript script)
    {
        double close = _close;
        _close = price; // What a default-sized market order is sized at.
        MarkOpenTrades(price);
        script.RunAfterFill();
        _close = close;

        FillImmediateCloses(price);
        RemoveOrphanExits();
        SettleAt(price);
        CheckMarginCall(price);
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
