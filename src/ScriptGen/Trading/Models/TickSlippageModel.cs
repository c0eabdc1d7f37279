namespace ScriptGen.Trading.Models;

/// <summary>
/// Pine's slippage (docs/strategy.md rule 14): a whole number of ticks against the order, a buy
/// filling higher and a sell lower. The result can lie outside the bar's range.
/// </summary>
public sealed class TickSlippageModel : ISlippageModel
{
    /// <summary>A model moving fills by <paramref name="ticks"/> ticks.</summary>
    public TickSlippageModel(int ticks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ticks);
        Ticks = ticks;
    }

    /// <summary>Ticks each market or stop fill moves against the order.</summary>
    public int Ticks { get; }

    /// <inheritdoc />
    public double Slip(in OrderFill order, in FillBar bar)
    {
        if (Ticks == 0)
        {
            return order.Price;
        }

        // Snapped to the tick grid, so 10 ticks on 1.13466 is 1.13476 and not 1.1347600000000001.
        double moved = order.Price + (order.Side == Direction.Long ? Ticks : -Ticks) * bar.MinTick;
        return PriceGrid.Nearest(moved, bar.MinTick);
    }
}
