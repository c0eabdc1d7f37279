namespace ScriptGen;

/// <summary>
/// A <see cref="Trade"/>'s state as a value: what <see cref="Trade"/> exposes, and what a run keeps of each closed trade
/// (<see cref="Trading.ClosedTradeStore"/>) until something reads it as a <see cref="Trade"/>.
/// </summary>
/// <remarks>Fields, not properties: <see cref="Trade"/> documents each, and the broker updates them in place.</remarks>
internal struct TradeRecord
{
    public int Number;
    public Direction Direction;
    public double Quantity;
    public string EntryId;
    public string? EntryComment;
    public int EntryBar;
    public long EntryTime;
    public double EntryPrice;
    public string? ExitId;
    public string? ExitComment;
    public int ExitBar;
    public long ExitTime;
    public double ExitPrice;
    public int MarkBar;
    public long MarkTime;
    public double MarkPrice;
    public double Profit;
    public bool IsOpen;
    public double EntryCommission;
    public double ExitCommission;
    public double HighestPrice;
    public double LowestPrice;
    public bool ExtremesHidden;
    public double PointValue;

    /// <summary>A trade before its entry is recorded: no exit, no mark, a point value of 1.</summary>
    public static TradeRecord Empty
    {
        get
        {
            TradeRecord empty = default;
            empty.Clear();
            return empty;
        }
    }

    // Why a record is cleared and copied field by field: assigned whole, a struct of this size holding references compiles to
    // the runtime's bulk copy with write barrier (a call that marks the collector's cards over all 160 bytes). With a trade
    // every ten bars, the two such copies a closed trade made (into the closed-trade store, and the reset of its recycled
    // object) were a tenth of the broker benchmark's time. Zeroing needs no barrier, and one reference store a plain one.

    /// <summary>Makes this record <see cref="Empty"/> in place.</summary>
    public void Clear()
    {
        this = default;
        EntryId = string.Empty;
        ExitBar = -1;
        ExitPrice = double.NaN;
        MarkBar = -1;
        MarkPrice = double.NaN;
        PointValue = 1;
    }

    /// <summary>Copies every field into <paramref name="target"/> (a test checks that none is left out).</summary>
    public readonly void CopyTo(ref TradeRecord target)
    {
        target.Number = Number;
        target.Direction = Direction;
        target.Quantity = Quantity;
        target.EntryId = EntryId;
        target.EntryComment = EntryComment;
        target.EntryBar = EntryBar;
        target.EntryTime = EntryTime;
        target.EntryPrice = EntryPrice;
        target.ExitId = ExitId;
        target.ExitComment = ExitComment;
        target.ExitBar = ExitBar;
        target.ExitTime = ExitTime;
        target.ExitPrice = ExitPrice;
        target.MarkBar = MarkBar;
        target.MarkTime = MarkTime;
        target.MarkPrice = MarkPrice;
        target.Profit = Profit;
        target.IsOpen = IsOpen;
        target.EntryCommission = EntryCommission;
        target.ExitCommission = ExitCommission;
        target.HighestPrice = HighestPrice;
        target.LowestPrice = LowestPrice;
        target.ExtremesHidden = ExtremesHidden;
        target.PointValue = PointValue;
    }
}
