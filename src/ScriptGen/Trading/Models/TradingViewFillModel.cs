namespace ScriptGen.Trading.Models;

/// <summary>
/// TradingView's assumed intrabar path (docs/strategy.md rule 3): from the open to the nearer of the
/// high and the low, then to the other, then to the close. When the open is mid-range (the two
/// distances within half a tick of each other) the path goes to the low first, as PyneCore measured.
/// </summary>
public sealed class TradingViewFillModel : IFillModel
{
    /// <summary>The shared instance (the model is stateless).</summary>
    public static TradingViewFillModel Instance { get; } = new();

    /// <inheritdoc />
    public int MaxPathLength => 4;

    /// <inheritdoc />
    public int Path(in FillBar bar, Span<double> path)
    {
        path[0] = bar.Open;
        path[3] = bar.Close;
        // Nearer by at least a tick (prices on the tick grid differ by whole ticks); closer than half a
        // tick counts as mid-range. Compared without dividing: this runs on every bar with a position.
        if ((bar.Open - bar.Low) - (bar.High - bar.Open) > 0.5 * bar.MinTick)
        {
            path[1] = bar.High;
            path[2] = bar.Low;
        }
        else
        {
            path[1] = bar.Low;
            path[2] = bar.High;
        }

        return 4;
    }
}
