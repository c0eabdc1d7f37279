using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScriptGen.Ta;

/// <summary>
/// Whether any of <c>count</c> contiguous values compares a given way with a value, four at a time
/// where the hardware allows: the pivot scans' inner loops. Ordered comparisons, so a NaN value never
/// matches, exactly as the scalar forms <c>x &gt; value</c> etc.
/// </summary>
internal static class WindowCompare
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyAbove(ref double start, int count, double value) => Any(ref start, count, value, Comparison.Above);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyAtOrAbove(ref double start, int count, double value) => Any(ref start, count, value, Comparison.AtOrAbove);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyBelow(ref double start, int count, double value) => Any(ref start, count, value, Comparison.Below);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyAtOrBelow(ref double start, int count, double value) => Any(ref start, count, value, Comparison.AtOrBelow);

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
            int last = count - Vector256<double>.Count;
            for (int i = 0; ; i += Vector256<double>.Count)
            {
                // The last block overlaps the previous one rather than leaving a scalar tail.
                int at = Math.Min(i, last);
                Vector256<double> block = Vector256.LoadUnsafe(ref start, (nuint)at);
                if (Matches(block, target, comparison) != Vector256<double>.Zero)
                {
                    return true;
                }

                if (at == last)
                {
                    return false;
                }
            }
        }

        for (int i = 0; i < count; i++)
        {
            double x = Unsafe.Add(ref start, i);
            bool matches = comparison switch
            {
                Comparison.Above => x > value,
                Comparison.AtOrAbove => x >= value,
                Comparison.Below => x < value,
                _ => x <= value,
            };
            if (matches)
            {
                return true;
            }
        }

        return false;
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
