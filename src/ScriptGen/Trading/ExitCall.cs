using System.Runtime.CompilerServices;

namespace ScriptGen.Trading;

/// <summary>
/// The arguments of one <c>strategy.exit</c> call, checked, as each of its legs (one per fill it protects) is placed from them.
/// Prices and quantities are na when not given; a trailing offset not given is 0.
/// </summary>
internal readonly struct ExitCall(
    string id, string? fromEntry, double quantity, double quantityPercent, double profitTicks, double limit, double lossTicks, double stop,
    double trailPrice, double trailPoints, double trailOffset, string? ocaName, string? comment, string? commentProfit, string? commentLoss,
    string? commentTrailing)
{
    public string Id { get; } = id;

    public string? FromEntry { get; } = fromEntry;

    public double Quantity { get; } = quantity;

    public double QuantityPercent { get; } = quantityPercent;

    public double TrailPrice { get; } = trailPrice;

    public double TrailPoints { get; } = trailPoints;

    public double TrailOffset { get; } = double.IsNaN(trailOffset) ? 0 : trailOffset;

    public double ProfitTicks { get; } = profitTicks;

    public double Limit { get; } = limit;

    public double LossTicks { get; } = lossTicks;

    public double Stop { get; } = stop;

    public string? OcaName { get; } = ocaName;

    public string? Comment { get; } = comment;

    public string? CommentProfit { get; } = commentProfit;

    public string? CommentLoss { get; } = commentLoss;

    public string? CommentTrailing { get; } = commentTrailing;

    /// <summary>Whether the call has a trailing stop.</summary>
    public bool Trailing => !double.IsNaN(TrailPrice) || !double.IsNaN(TrailPoints);

    /// <summary>Whether <paramref name="placed"/> already has exactly these levels and quantities (na equal to na).</summary>
    public bool HasSameLevels(PendingOrder placed) =>
        placed.HasSameExit(FromEntry, Quantity, QuantityPercent, Limit, Stop, ProfitTicks, LossTicks, TrailPrice, TrailPoints, TrailOffset);

    /// <summary>Whether <paramref name="placed"/> has this call's trailing stop (activation and offset).</summary>
    public bool HasSameTrail(PendingOrder placed) =>
        placed.TrailPrice.Equals(TrailPrice) && placed.TrailPoints.Equals(TrailPoints) && placed.TrailOffset.Equals(TrailOffset);

    /// <summary>Whether <paramref name="placed"/> has this call's OCA group and comments.</summary>
    public bool HasSameLabels(PendingOrder placed) =>
        string.Equals(placed.OcaName, OcaName, StringComparison.Ordinal) && string.Equals(placed.Comment, Comment, StringComparison.Ordinal)
        && string.Equals(placed.CommentProfit, CommentProfit, StringComparison.Ordinal)
        && string.Equals(placed.CommentLoss, CommentLoss, StringComparison.Ordinal)
        && string.Equals(placed.CommentTrailing, CommentTrailing, StringComparison.Ordinal);

    /// <summary>Whether a call with these arguments is this one (numbers bit for bit, so na equals na; texts ordinal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // The check of every repeated call: its arguments stay in registers.
    public bool Matches(
        string? fromEntry, double quantity, double quantityPercent, double profitTicks, double limit, double lossTicks, double stop, double trailPrice,
        double trailPoints, double trailOffset, string? ocaName, string? comment, string? commentProfit, string? commentLoss, string? commentTrailing) =>
        Same(ProfitTicks, profitTicks) && Same(LossTicks, lossTicks) && Same(Limit, limit) && Same(Stop, stop) && Same(Quantity, quantity)
        && Same(QuantityPercent, quantityPercent) && Same(TrailPrice, trailPrice) && Same(TrailPoints, trailPoints)
        && Same(TrailOffset, double.IsNaN(trailOffset) ? 0 : trailOffset) && SameText(FromEntry, fromEntry) && SameText(OcaName, ocaName)
        && SameText(Comment, comment) && SameText(CommentProfit, commentProfit) && SameText(CommentLoss, commentLoss)
        && SameText(CommentTrailing, commentTrailing);

    // Scripts pass the same literals on every bar: the reference test settles most comparisons.
    private static bool SameText(string? a, string? b) => (object?)a == b || string.Equals(a, b, StringComparison.Ordinal);

    private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    /// <summary>Writes the call's arguments into exit leg <paramref name="order"/>.</summary>
    public void WriteTo(PendingOrder order)
    {
        order.FromEntry = FromEntry;
        order.Quantity = Quantity;
        order.QuantityPercent = QuantityPercent;
        order.Limit = Limit;
        order.Stop = Stop;
        order.ProfitTicks = ProfitTicks;
        order.LossTicks = LossTicks;
        order.TrailPrice = TrailPrice;
        order.TrailPoints = TrailPoints;
        order.TrailOffset = TrailOffset;
        order.OcaName = OcaName;
        order.OcaType = OcaName is null ? OcaType.None : OcaType.Reduce; // Pine: an exit's group is always a reduce group.
        order.Comment = Comment;
        order.CommentProfit = CommentProfit;
        order.CommentLoss = CommentLoss;
        order.CommentTrailing = CommentTrailing;
    }
}
