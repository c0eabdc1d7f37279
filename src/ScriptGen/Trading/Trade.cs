namespace ScriptGen;

/// <summary>
/// One trade: an entry fill and, once closed, the exit fill. Prices are fill prices; profit is net
/// of commission, in the symbol's currency.
/// </summary>
public sealed record Trade
{
    /// <summary>The trade's number, 1-based, in order of entry (the Strategy Tester's "Trade #").</summary>
    public required int Number { get; init; }

    /// <summary>Long or short.</summary>
    public required Direction Direction { get; init; }

    /// <summary>Contracts/units traded (positive).</summary>
    public required double Quantity { get; init; }

    /// <summary>The id of the entry order.</summary>
    public required string EntryId { get; init; }

    /// <summary>The entry order's comment, if it had one.</summary>
    public string? EntryComment { get; init; }

    /// <summary>The index of the bar the entry filled on.</summary>
    public required int EntryBar { get; init; }

    /// <summary>The open time of that bar, Unix milliseconds UTC.</summary>
    public required long EntryTime { get; init; }

    /// <summary>The entry fill price.</summary>
    public required double EntryPrice { get; init; }

    /// <summary>
    /// What closed the trade, as the Strategy Tester names it: the id of a reversing entry,
    /// <c>Close entry(s) order ID</c> for <c>strategy.close</c>, <c>Close position order</c> for
    /// <c>strategy.close_all</c>; <c>null</c> while open.
    /// </summary>
    public string? ExitId { get; init; }

    /// <summary>The exit order's comment, if it had one.</summary>
    public string? ExitComment { get; init; }

    /// <summary>The index of the bar the exit filled on; for an open trade, the last bar (the mark).</summary>
    public int ExitBar { get; init; } = -1;

    /// <summary>The open time of <see cref="ExitBar"/>, Unix milliseconds UTC.</summary>
    public long ExitTime { get; init; }

    /// <summary>The exit fill price; for an open trade, the last close (the mark).</summary>
    public double ExitPrice { get; init; } = double.NaN;

    /// <summary>Net profit in currency: (exit − entry) × quantity × point value × side, less commission. Open P&amp;L for an open trade.</summary>
    public double Profit { get; init; } = double.NaN;

    /// <summary>Commission paid on the entry and exit fills.</summary>
    public double Commission { get; init; }

    /// <summary>Whether the trade was still open at the end of the data.</summary>
    public bool IsOpen { get; init; }

    /// <summary>The Strategy Tester's "Signal" for the entry: the comment when given, else the id.</summary>
    public string EntrySignal => EntryComment ?? EntryId;

    /// <summary>The Strategy Tester's "Signal" for the exit: the comment when given, else <see cref="ExitId"/> (<c>Open</c> for an open trade).</summary>
    public string ExitSignal => ExitComment ?? ExitId ?? "Open";

    /// <summary>The number of bars the trade spanned (exit bar − entry bar).</summary>
    public int BarsHeld => ExitBar < 0 ? 0 : ExitBar - EntryBar;
}
