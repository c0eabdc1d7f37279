using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScriptGen.Ta;

/// <summary>
/// The pivot scans' inner loops: whether a candidate value beats every value before it (allowing ties)
/// and every value after it (strictly), four at a time where the hardware allows. Ordered comparisons,
/// so a NaN neighbour never counts against the candidate, exactly as the scalar forms <c>x &gt; value</c>.
/// </summary>
/// <remarks>
/// Branch-free on purpose: every comparison is OR-ed into one mask, tested once. Exiting at the first
/// block that beats the candidate looks cheaper, but on market data that exit is a coin toss the
/// branch predictor loses often enough to cost more than the compares it saves (measured: the
/// pivots-and-levels benchmark went from 0.75 to 0.91 of its hand loop with this and the
/// store-forwarding change in <c>PivotWindow.Scan</c>).
/// </remarks>
internal static class WindowCompare
{
    /// <summary>
    /// Whether <paramref name="candidate"/> is a peak: no value of <paramref name="older"/> above it, and
    /// no value of <paramref name="newer"/>, nor <paramref name="newest"/>, at or above it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Peaks(ref double older, int olderCount, double candidate, ref double newer, int newerCount, double newest) =>
        !(Any(ref older, olderCount, candidate, Comparison.Above)
            | Any(ref newer, newerCount, candidate, Comparison.AtOrAbove)
            | newest >= candidate);

    /// <summary>
    /// Whether <paramref name="candidate"/> is a trough: no value of <paramref name="older"/> below it,
    /// and no value of <paramref name="newer"/>, nor <paramref name="newest"/>, at or below it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Troughs(ref double older, int olderCount, double candidate, ref double newer, int newerCount, double newest) =>
        !(Any(ref older, olderCount, candidate, Comparison.Below)
            | Any(ref newer, newerCount, candidate, Comparison.AtOrBelow)
            | newest <= candidate);

    private enum Comparison
    {
        Above,
        AtOrAbove,
        Below,
        AtOrBelow,
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Any(ref double start, int count, double value, Comparison comparison)
    {
        if (Vector256.IsHardwareAccelerated && count >= Vector256<double>.Count)
        {
            Vector256<double> target = Vector256.Create(value);
            Vector256<double> matches = Vector256<double>.Zero;
            // The last block overlaps the one before it rather than leaving a scalar tail.
            int last = count - Vector256<double>.Count;
            for (int at = 0; at < last; at += Vector256<double>.Count)
            {
                matches |= Matches(Vector256.LoadUnsafe(ref start, (nuint)at), target, comparison);
            }

            matches |= Matches(Vector256.LoadUnsafe(ref start, (nuint)last), target, comparison);
            return matches != Vector256<double>.Zero;
        }

        bool any = false;
        for (int i = 0; i < count; i++)
        {
            double x = Unsafe.Add(ref start, i);
            any |= comparison switch
            {
                Comparison.Above => x > value,
                Comparison.AtOrAbove => x >= value,
                Comparison.Below => x < value,
                _ => x <= value,
            };
        }

        return any;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Matches(Vector256<double> block, Vector256<double> target, Comparison comparison) => comparison switch
    {
        Comparison.Above => Vector256.GreaterThan(block, target),
        Comparison.AtOrAbove => Vector256.GreaterThanOrEqual(block, target),
        Comparison.Below => Vector256.LessThan(block, target),
        _ => Vector256.LessThanOrEqual(block, target),
    };
}
