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

    /// <summary>Whether the call has a trailing stop.</summary>
    public bool Trailing => !double.IsNaN(TrailPrice) || !double.IsNaN(TrailPoints);

    /// <summary>Whether <paramref name="placed"/> already has exactly these levels and quantities (na equal to na).</summary>
    public bool HasSameLevels(PendingOrder placed) =>
        placed.HasSameExit(FromEntry, Quantity, QuantityPercent, limit, stop, profitTicks, lossTicks, TrailPrice, TrailPoints, TrailOffset);

    /// <summary>Whether <paramref name="placed"/> has this call's trailing stop (activation and offset).</summary>
    public bool HasSameTrail(PendingOrder placed) =>
        placed.TrailPrice.Equals(TrailPrice) && placed.TrailPoints.Equals(TrailPoints) && placed.TrailOffset.Equals(TrailOffset);

    /// <summary>Whether <paramref name="placed"/> has this call's OCA group and comments.</summary>
    public bool HasSameLabels(PendingOrder placed) =>
        string.Equals(placed.OcaName, ocaName, StringComparison.Ordinal) && string.Equals(placed.Comment, comment, StringComparison.Ordinal)
        && string.Equals(placed.CommentProfit, commentProfit, StringComparison.Ordinal)
        && string.Equals(placed.CommentLoss, commentLoss, StringComparison.Ordinal)
        && string.Equals(placed.CommentTrailing, commentTrailing, StringComparison.Ordinal);

    /// <summary>Writes the call's arguments into exit leg <paramref name="order"/>.</summary>
    public void WriteTo(PendingOrder order)
    {
        order.FromEntry = FromEntry;
        order.Quantity = Quantity;
        order.QuantityPercent = QuantityPercent;
        order.Limit = limit;
        order.Stop = stop;
        order.ProfitTicks = profitTicks;
        order.LossTicks = lossTicks;
        order.TrailPrice = TrailPrice;
        order.TrailPoints = TrailPoints;
        order.TrailOffset = TrailOffset;
        order.OcaName = ocaName;
        order.OcaType = ocaName is null ? OcaType.None : OcaType.Reduce; // Pine: an exit's group is always a reduce group.
        order.Comment = comment;
        order.CommentProfit = commentProfit;
        order.CommentLoss = commentLoss;
        order.CommentTrailing = commentTrailing;
    }
}
