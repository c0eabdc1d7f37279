namespace ScriptGen.Trading.Models;

/// <summary>
/// Decides how far a market or stop fill moves against the order. The broker never asks for limit
/// fills, gap-filled ones included (broker-rules.md rule 14).
/// </summary>
public interface ISlippageModel
{
    /// <summary>The price an order fills at instead of <paramref name="price"/>.</summary>
    /// <param name="price">Where the order would fill without slippage (the open, the close, a stop's price).</param>
    /// <param name="side"><see cref="Direction.Long"/> for a buy, <see cref="Direction.Short"/> for a sell.</param>
    /// <param name="minTick">The symbol's tick size.</param>
    double Slip(double price, Direction side, double minTick);
}
