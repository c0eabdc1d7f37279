namespace ScriptGen.Trading;

/// <summary>The broker's bookkeeping of one open trade.</summary>
internal sealed class OpenEntry
{
    public required int Number { get; init; }
    public required string Id { get; init; }
    public string? Comment { get; init; }
    public required Direction Direction { get; init; }
    public required double Quantity { get; init; }
    public required int Bar { get; init; }
    public required long Time { get; init; }
    public required double Price { get; init; }

    /// <summary>+1 for long, −1 for short.</summary>
    public double Sign => Direction == Direction.Long ? 1 : -1;

    /// <summary>The trade once an exit fill closed it.</summary>
    public Trade ToClosedTrade(string exitId, string? exitComment, int bar, long time, double price, double profit) =>
        ToTrade(isOpen: false, exitId, exitComment, bar, time, price, profit);

    /// <summary>The trade as the script and results see it while it is open.</summary>
    public Trade ToOpenTrade() => ToTrade(isOpen: true, exitId: null, exitComment: null, bar: -1, time: 0, price: double.NaN, profit: double.NaN);

    private Trade ToTrade(bool isOpen, string? exitId, string? exitComment, int bar, long time, double price, double profit) => new()
    {
        Number = Number,
        Direction = Direction,
        Quantity = Quantity,
        EntryId = Id,
        EntryComment = Comment,
        EntryBar = Bar,
        EntryTime = Time,
        EntryPrice = Price,
        ExitId = exitId,
        ExitComment = exitComment,
        ExitBar = bar,
        ExitTime = time,
        ExitPrice = price,
        Profit = profit,
        IsOpen = isOpen,
    };
}
