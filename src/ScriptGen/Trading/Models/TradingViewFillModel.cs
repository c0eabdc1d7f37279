using System.Runtime.CompilerServices;

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
        (double nearer, double farther) = Extremes(in bar);
        path[0] = bar.Open;
        path[1] = nearer;
        path[2] = farther;
        path[3] = bar.Close;
        return 4;
    }

    /// <summary>
    /// The bar's extremes in path order: the high first when the open is nearer to it by at least a tick (prices on the tick
    /// grid differ by whole ticks; closer than half a tick counts as mid-range, which goes to the low first).
    /// </summary>
    /// <remarks>
    /// Which extreme is nearer is a coin toss on most data, and this runs on every bar with a position, so the two are
    /// chosen without a branch (a mispredicted one costs more than the rest of the choice): the distances compared without
    /// dividing, and each extreme's bits selected by a mask.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Once a held bar; without dynamic PGO the JIT left it a call.
    internal static (double Nearer, double Farther) Extremes(in FillBar bar)
    {
        long highFirst = -(long)((bar.Open - bar.Low) - (bar.High - bar.Open) > 0.5 * bar.MinTick ? 1 : 0); // all ones or zero
        long high = BitConverter.DoubleToInt64Bits(bar.High), low = BitConverter.DoubleToInt64Bits(bar.Low);
        return (BitConverter.Int64BitsToDouble((high & highFirst) | (low & ~highFirst)),
                BitConverter.Int64BitsToDouble((low & highFirst) | (high & ~highFirst)));
    }
}
