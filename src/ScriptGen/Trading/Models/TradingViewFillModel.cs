namespace ScriptGen.Trading.Models;

/// <summary>
/// TradingView's assumed intrabar path (broker-rules.md rule 3): from the open to the nearer of the
/// high and the low, then to the other, then to the close. When the open is exactly mid-range
/// (distances compared in whole ticks) the path goes to the low first, as PyneCore measured.
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
        // Whole ticks, so that a price like 1.13001 - 1.13000 and 1.13000 - 1.12999 compare equal.
        double towardHigh = Math.Round((bar.High - bar.Open) / bar.MinTick);
        double towardLow = Math.Round((bar.Open - bar.Low) / bar.MinTick);
        if (towardHigh < towardLow)
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
