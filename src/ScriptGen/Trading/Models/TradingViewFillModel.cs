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
        // tick counts as mid-range. Compared without dividing, and the two extremes placed by index rather
        // than by a branch: which one is nearer is a coin toss on most data, and this runs on every bar
        // with a position.
        int highFirst = (bar.Open - bar.Low) - (bar.High - bar.Open) > 0.5 * bar.MinTick ? 1 : 0;
        path[1 + highFirst] = bar.Low;
        path[2 - highFirst] = bar.High;
        return 4;
    }
}
