namespace ScriptGen.Trading.Models;

/// <summary>
/// Decides how far a market or stop fill moves against the order. The broker never asks for limit
/// fills, gap-filled ones included (docs/strategy.md rule 14).
/// </summary>
/// <remarks>
/// The model sees the order (its type, side, quantity and the price it would fill at) and the bar it
/// fills on, volume included, so slippage can grow with the order's share of the bar's volume. The
/// result may lie outside the bar's range. Models are shared by runs that may be parallel: keep them stateless.
/// </remarks>
public interface ISlippageModel
{
    /// <summary>The price <paramref name="order"/> fills at instead of <see cref="OrderFill.Price"/>.</summary>
    /// <param name="order">The order; <see cref="OrderFill.Price"/> is where it would fill without slippage (the open, the close, a stop's price).</param>
    /// <param name="bar">The bar it fills on, with the symbol's tick size and point value.</param>
    double Slip(in OrderFill order, in FillBar bar);
}
