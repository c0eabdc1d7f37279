namespace ScriptGen.Trading;

/// <summary>An order placed by the script that has not filled yet.</summary>
/// <param name="Kind">What the order does.</param>
/// <param name="Id">The order id: the entry id for entries, the targeted entry id for <c>Close</c>.</param>
/// <param name="Direction">The entry's side (entries only).</param>
/// <param name="Quantity">The entry's quantity (entries only).</param>
/// <param name="Comment">The order's comment.</param>
/// <param name="PlacedBar">The bar whose script execution placed it.</param>
internal sealed record PendingOrder(
    OrderKind Kind,
    string Id,
    Direction Direction,
    double Quantity,
    string? Comment,
    int PlacedBar);
