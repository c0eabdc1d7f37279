namespace ScriptGen.Trading.Models;

/// <summary>
/// Decides the commission of one filled order. The broker asks once per order (a reversal, which
/// closes one position and opens the other, is one order) and shares the amount between the trades
/// the order closed and opened in proportion to their quantities.
/// </summary>
public interface ICommissionModel
{
    /// <summary>The commission of an order of <paramref name="quantity"/> units filled at <paramref name="price"/>.</summary>
    /// <param name="quantity">Units filled by the order, all its legs together (positive).</param>
    /// <param name="price">The fill price.</param>
    /// <param name="pointValue">The symbol's point value: the currency value of a one-point move of one unit.</param>
    double Commission(double quantity, double price, double pointValue);
}
