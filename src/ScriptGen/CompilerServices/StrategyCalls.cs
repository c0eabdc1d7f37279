using System.ComponentModel;
using System.Runtime.CompilerServices;
using ScriptGen.Namespaces;
using ScriptGen.Trading;

namespace ScriptGen.CompilerServices;

/// <summary>
/// The <c>strategy</c> calls of the generated bar loop. A <c>strategy.exit</c>, <c>strategy.cancel</c> or
/// <c>strategy.cancel_all</c> call site whose arguments are the same on every call (constants and the script's inputs) is
/// called through these adapters with a field of its own (<see cref="OrderCallSite"/>), which lets it return at once when
/// the call would change nothing: Pine scripts make such calls on every bar. Not for hand-written code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StrategyCalls
{
    /// <summary>
    /// <c>strategy.exit</c> at a call site whose arguments never change: <paramref name="strategy"/>'s
    /// <see cref="PineStrategy.Exit"/>, unless <paramref name="site"/> says the broker would return this call as a repeat
    /// (it does that for a call equal to its id's last with nothing changed since; the site knows its arguments are equal
    /// without comparing them). The parameters after <paramref name="site"/> are <see cref="PineStrategy.Exit"/>'s, with its
    /// defaults, so the site's arguments bind as written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit(
        in PineStrategy strategy, ref OrderCallSite site, string id, string? fromEntry = null, double qty = double.NaN,
        double qtyPercent = double.NaN, double profit = double.NaN, double limit = double.NaN, double loss = double.NaN,
        double stop = double.NaN, double trailPrice = double.NaN, double trailPoints = double.NaN, double trailOffset = double.NaN,
        string? ocaName = null, string? comment = null, string? commentProfit = null, string? commentLoss = null,
        string? commentTrailing = null)
    {
        if (site.RepeatsExit(strategy.Broker))
        {
            return;
        }

        strategy.Exit(id, fromEntry, qty, qtyPercent, profit, limit, loss, stop, trailPrice, trailPoints, trailOffset, ocaName, comment,
            commentProfit, commentLoss, commentTrailing);
        site.NoteExit(strategy);
    }

    /// <summary>
    /// <c>strategy.cancel</c> with an id that never changes: <paramref name="strategy"/>'s <see cref="PineStrategy.Cancel"/>,
    /// unless the order book has not changed since this site's last call, which left no order it could cancel.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Cancel(in PineStrategy strategy, ref OrderCallSite site, string id)
    {
        if (site.FindsBookUnchanged(strategy.Broker))
        {
            return;
        }

        strategy.Cancel(id);
        site.NoteBook(strategy);
    }

    /// <summary>
    /// <c>strategy.cancel_all</c>: <paramref name="strategy"/>'s <see cref="PineStrategy.CancelAll"/>, unless the order book has
    /// not changed since this site's last call, which left it empty.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CancelAll(in PineStrategy strategy, ref OrderCallSite site)
    {
        if (site.FindsBookUnchanged(strategy.Broker))
        {
            return;
        }

        strategy.CancelAll();
        site.NoteBook(strategy);
    }
}

/// <summary>
/// What a generated <c>strategy</c> call site (<see cref="StrategyCalls"/>) knows of its last call: the broker it went to
/// and the order book's change count when it returned (every order placed, modified, filled, armed or gone moves it), and
/// for an exit the broker's memo slot that held the call then with the slot's write stamp. It is noted only when the
/// default <c>strategy</c> implementation made the call: a registered one sees every call.
/// <list type="bullet">
/// <item>An exit is noted only when the broker's memo of its id held the call after it (placed and remembered, or returned
/// as a repeat). While the count stands and the slot is not written again, the slot still holds the call at the current
/// count, so the broker would return at once: the site returns at once instead, counted as the broker counts repeats.</item>
/// <item>A cancel leaves no order it could cancel, and a cancel-all an empty book: while the count stands, the same call
/// finds the book as it left it and cancels nothing.</item>
/// </list>
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct OrderCallSite
{
    private Broker? _broker;
    private long _changes;
    private long _written;
    private int _slot;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal readonly bool RepeatsExit(Broker broker) =>
        ReferenceEquals(_broker, broker) && broker.Placement.TryRepeatExit(_changes, _slot, _written);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal readonly bool FindsBookUnchanged(Broker broker) => ReferenceEquals(_broker, broker) && broker.OrderChanges == _changes;

    /// <summary>After an exit placed in full: what the next call compares (nothing, when a registered implementation placed it).</summary>
    internal void NoteExit(in PineStrategy strategy)
    {
        Broker broker = strategy.Broker;
        OrderPlacement placement = broker.Placement;
        // Only when the broker's memo of the id holds the call just made.
        int slot = IsDefault(strategy) ? placement.LastExitMemo : -1;
        _broker = slot >= 0 ? broker : null;
        _slot = slot;
        _written = slot >= 0 ? placement.ExitMemoWritten(slot) : 0;
        _changes = broker.OrderChanges;
    }

    /// <summary>After a cancel made in full: the book's count it left.</summary>
    internal void NoteBook(in PineStrategy strategy)
    {
        Broker broker = strategy.Broker;
        _broker = IsDefault(strategy) ? broker : null;
        _changes = broker.OrderChanges;
    }

    /// <summary>Whether the default implementation made the call (a registered one may count calls or place something else).</summary>
    private static bool IsDefault(in PineStrategy strategy) => strategy.Namespace.GetType() == typeof(StrategyNamespace);
}
