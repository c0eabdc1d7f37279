namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// What a developer would write by hand for <c>ta.pivothigh(leftbars, rightbars)</c>,
/// <c>ta.pivotlow(leftbars, rightbars)</c> and Traditional <c>ta.pivot_point_levels</c> anchored on
/// the 00:00 UTC bar: a scan of each window, the period's running high and low, and the levels
/// computed once per anchor, over arrays.
/// </summary>
public static class PivotsAndLevelsHandLoop
{
    public static SeriesChecksum Run(long[] time, double[] open, double[] high, double[] low, double[] close, int leftbars, int rightbars)
    {
        var checksum = new SeriesChecksum();
        double currentHigh = double.NaN, currentLow = double.NaN;
        bool started = false, anchored = false;
        double p = 0, r1 = 0, s1 = 0, r2 = 0, s2 = 0, r3 = 0, s3 = 0, r4 = 0, s4 = 0, r5 = 0, s5 = 0;
        for (int i = 0; i < close.Length; i++)
        {
            double pivotHigh = double.NaN, pivotLow = double.NaN;
            if (i >= leftbars + rightbars)
            {
                int center = i - rightbars;
                double peak = high[center], trough = low[center];
                bool isHigh = true, isLow = true;
                for (int j = center - leftbars; j < center; j++)
                {
                    isHigh &= high[j] <= peak;
                    isLow &= low[j] >= trough;
                }

                for (int j = center + 1; j <= i; j++)
                {
                    isHigh &= high[j] < peak;
                    isLow &= low[j] > trough;
                }

                pivotHigh = isHigh ? peak : double.NaN;
                pivotLow = isLow ? trough : double.NaN;
            }

            checksum = checksum.Add(pivotHigh).Add(pivotLow);

            if (time[i] % 86_400_000 == 0)
            {
                // The closed period's levels, computed once and held until the next anchor.
                double h = started ? currentHigh : double.NaN, l = started ? currentLow : double.NaN;
                double c = i == 0 ? close[i] : close[i - 1], range = h - l;
                p = (h + l + c) / 3;
                r1 = 2 * p - l;
                s1 = 2 * p - h;
                (r2, s2, r3, s3) = (p + range, p - range, r1 + range, s1 - range);
                (r4, s4, r5, s5) = (p * 3 + (h - 3 * l), p * 3 - (3 * h - l), p * 4 + (h - 4 * l), p * 4 - (4 * h - l));
                currentHigh = high[i];
                currentLow = low[i];
                started = anchored = true;
            }
            else if (!started)
            {
                currentHigh = high[i];
                currentLow = low[i];
                started = true;
            }
            else
            {
                currentHigh = Math.Max(currentHigh, high[i]);
                currentLow = Math.Min(currentLow, low[i]);
            }

            checksum = !anchored || double.IsNaN(p)
                ? checksum.Add(double.NaN)
                : checksum.Add(p).Add(r1).Add(s1).Add(r2).Add(s2).Add(r3).Add(s3).Add(r4).Add(s4).Add(r5).Add(s5);
        }

        return checksum;
    }
}
