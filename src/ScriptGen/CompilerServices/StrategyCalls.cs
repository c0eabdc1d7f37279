using System.ComponentModel;
using System.Runtime.CompilerServices;
using ScriptGen.Namespaces;
using ScriptGen.Trading;

namespace ScriptGen.CompilerServices;

/// <summary>
/// The <c>strategy</c> calls of the generated bar loop. A <c>strategy.exit</c> call site whose arguments are the same on
/// every call (constants and the script's inputs) is called through <see cref="Exit"/> with a field of its own, which
/// lets it return at once when the broker would: Pine scripts call <c>strategy.exit</c> on every bar, and the broker
/// already returns at once for a call equal to its id's last with nothing changed since; the call site knows its
/// arguments are equal without comparing them, and skips the calls that lead there. Not for hand-written code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrategyCalls
{
    /// <summary>
    /// <c>strategy.exit</c> at a call site whose arguments never change: <paramref name="strategy"/>'s
    /// <see cref="PineStrategy.Exit"/>, unless <paramref name="site"/> says this call would be a repeat. The parameters after
    /// <paramref name="site"/> are <see cref="PineStrategy.Exit"/>'s, with its defaults, so the site's arguments bind as written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit(
        in PineStrategy strategy, ref ExitCallSite site, string id, string? fromEntry = null, double qty = double.NaN,
        double qtyPercent = double.NaN, double profit = double.NaN, double limit = double.NaN, double loss = double.NaN,
        double stop = double.NaN, double trailPrice = double.NaN, double trailPoints = double.NaN, double trailOffset = double.NaN,
        string? ocaName = null, string? comment = null, string? commentProfit = null, string? commentLoss = null,
        string? commentTrailing = null)
    {
        if (site.Repeats(strategy.Broker))
        {
            return;
        }

        strategy.Exit(id, fromEntry, qty, qtyPercent, profit, limit, loss, stop, trailPrice, trailPoints, trailOffset, ocaName, comment,
            commentProfit, commentLoss, commentTrailing);
        site.Note(strategy);
    }
}

/// <summary>
/// What a generated <c>strategy.exit</c> call site knows of its last call (<see cref="StrategyCalls.Exit"/>): the broker
/// it went to, the order book's change count when it returned, and the memo slot of the broker that held the call then
/// with that slot's write stamp. It is noted only when the default <c>strategy</c> implementation placed the call and the
/// broker's memo of its exit id held it after (placed and remembered, or returned as a repeat). While the count stands
/// and the slot is not written again, the slot still holds the call at the current count, so the broker would return
/// at once: the site returns at once instead, counted as the broker counts repeats.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ExitCallSite
{
    private Broker? _broker;
    private long _changes;
    private long _written;
    private int _slot;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal readonly bool Repeats(Broker broker) =>
        ReferenceEquals(_broker, broker) && broker.Placement.IsRepeatedExit(_changes, _slot, _written);

    /// <summary>After a call placed in full: what the next call compares (nothing, when a registered implementation placed it).</summary>
    internal void Note(in PineStrategy strategy)
    {
        Broker broker = strategy.Broker;
        OrderPlacement placement = broker.Placement;
        // A registered implementation sees every call (it may count them or place something else): only the default one
        // is left out, and only when the broker's memo of the id holds the call just made.
        int slot = strategy.Namespace.GetType() == typeof(StrategyNamespace) ? placement.LastExitMemo : -1;
        _broker = slot >= 0 ? broker : null;
        _slot = slot;
        _written = slot >= 0 ? placement.ExitMemoWritten(slot) : 0;
        _changes = broker.OrderChanges;
    }
}
