namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// <c>ta.alma(close, 50, 0.85, 6)</c> written by hand from Pine's definition: Gaussian weights
/// <c>exp(-(i - m)² / (2 s²))</c> with <c>m = 0.85 * 49</c> and <c>s = 50 / 6</c>, each divided by their sum, then each bar's
/// last 50 closes weighted oldest first (TradingView's order); na until bar 49.
/// </summary>
internal static class ColumnAlmaHandLoop
{
    public const int Length = 50;

    public static SeriesChecksum Run(double[] close)
    {
        double m = 0.85 * (Length - 1);
        double s = Length / 6.0;
        double[] weights = new double[Length];
        double norm = 0.0;
        for (int i = 0; i < Length; i++)
        {
            weights[i] = Math.Exp(-1 * ((i - m) * (i - m)) / (2 * s * s));
            norm += weights[i];
        }

        for (int i = 0; i < Length; i++)
        {
            weights[i] /= norm;
        }

        var checksum = new SeriesChecksum();
        for (int bar = 0; bar < close.Length; bar++)
        {
            if (bar < Length - 1)
            {
                checksum = checksum.Add(double.NaN);
                continue;
            }

            double sum = 0.0;
            int oldest = bar - (Length - 1);
            for (int i = 0; i < Length; i++)
            {
                sum += close[oldest + i] * weights[i];
            }

            checksum = checksum.Add(sum);
        }

        return checksum;
    }
}
