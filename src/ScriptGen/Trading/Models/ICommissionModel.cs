namespace ScriptGen.Trading.Models;

/// <summary>
/// Decides the commission of one filled order. The broker asks once per order (a reversal, which
/// closes one position and opens the other, is one order) and shares the amount between the trades
/// the order closed and opened in proportion to their quantities.
/// </summary>
/// <remarks>
/// The model sees the order (its type, side, quantity, fill price, and whether it enters, exits or
/// reverses) and the bar it fills on, so a fee can depend on any of them: maker/taker fees by
/// <see cref="OrderFill.Type"/>, a minimum per order, a fee on the bar's volume. Models are shared by
/// runs that may be parallel: keep them stateless.
/// </remarks>
public interface ICommissionModel
{
    /// <summary>The commission of <paramref name="order"/>, filled on <paramref name="bar"/>, in the symbol's currency.</summary>
    /// <param name="order">The order; <see cref="OrderFill.Price"/> is its fill price, slippage included.</param>
    /// <param name="bar">The bar it filled on, with the symbol's tick size and point value.</param>
    double Commission(in OrderFill order, in FillBar bar);
}
