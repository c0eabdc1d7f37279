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
    public static TradeRecord Empty => new()
    {
        EntryId = string.Empty,
        ExitBar = -1,
        ExitPrice = double.NaN,
        MarkBar = -1,
        MarkPrice = double.NaN,
        PointValue = 1,
    };
}
