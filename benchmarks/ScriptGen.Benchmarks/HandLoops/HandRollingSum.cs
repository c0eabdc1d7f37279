using System.Runtime.CompilerServices;

namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// TradingView's rolling-sum step written out by hand for the hand loops (the engine's is
/// <c>ScriptGen.Ta.PineRollingSum</c>, which these loops do not use): the same arithmetic on the
/// caller's locals and arrays, so a hand loop computes the engine's values to the bit.
/// </summary>
/// <remarks>
/// Each step evicts <c>evicted</c> (0 while warming up) and adds <c>x</c> in one fused two-round
/// step, storing the realized value; when adding the compensation's magnitude to <c>x</c> rounds
/// down, it re-baselines instead: the plain newest-first sum of the raw window, compensation 0, the
/// raw value stored. <c>raw[slot]</c> must already hold <c>x</c>.
/// </remarks>
internal static class HandRollingSum
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Step(double sum, ref double compensation, double evicted, double x, double[] raw, double[] realized, int slot, int count)
    {
        double c = compensation;
        if (c != 0.0 && x != 0.0)
        {
            double magnitude = Math.Abs(c);
            double shifted = x + magnitude;
            if (shifted != 0.0 && shifted - shifted == 0.0 && magnitude - (shifted - x) > 0.0)
            {
                compensation = 0.0;
                realized[slot] = x;
                return NewestFirst(raw, slot, count);
            }
        }

        double y1 = -evicted - c;
        double t = sum + y1;
        double e1 = (t - sum) - y1;
        double y2 = x - e1;
        double next = t + y2;
        compensation = (next - t) - y2;
        realized[slot] = y2;
        return next;
    }

    /// <summary>The sum of the first values of <paramref name="values"/> as the rolling sum computes it while warming up.</summary>
    public static double Warmup(ReadOnlySpan<double> values)
    {
        var raw = new double[values.Length];
        var realized = new double[values.Length];
        double sum = 0, compensation = 0;
        for (int i = 0; i < values.Length; i++)
        {
            raw[i] = values[i];
            sum = Step(sum, ref compensation, 0.0, values[i], raw, realized, i, i + 1);
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double NewestFirst(double[] raw, int newest, int count)
    {
        double sum = raw[newest];
        int index = newest;
        for (int age = 1; age < count; age++)
        {
            index = index == 0 ? raw.Length - 1 : index - 1;
            sum = raw[index] + sum;
        }

        return sum;
    }
}
