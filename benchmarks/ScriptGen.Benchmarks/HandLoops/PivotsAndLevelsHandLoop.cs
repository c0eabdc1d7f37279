namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// What a developer would write by hand for <c>ta.pivothigh(leftbars, rightbars)</c>,
/// <c>ta.pivotlow(leftbars, rightbars)</c> and Traditional <c>ta.pivot_point_levels</c> anchored on
/// the 00:00 UTC bar: a scan of each window and the period's running high and low, over arrays.
/// </summary>
public static class PivotsAndLevelsHandLoop
{
    public static SeriesChecksum Run(long[] time, double[] open, double[] high, double[] low, double[] close, int leftbars, int rightbars)
    {
        var checksum = new SeriesChecksum();
        double previousHigh = double.NaN, previousLow = double.NaN, previousClose = double.NaN;
        double currentHigh = double.NaN, currentLow = double.NaN;
        bool started = false, anchored = false;
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
                previousHigh = currentHigh;
                previousLow = currentLow;
                previousClose = i == 0 ? close[i] : close[i - 1];
                currentHigh = high[i];
                currentLow = low[i];
                started = anchored = true;
            }
            else if (!started || double.IsNaN(currentHigh))
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

            if (!anchored || double.IsNaN(previousHigh))
            {
                checksum = checksum.Add(double.NaN);
                continue;
            }

            double h = previousHigh, l = previousLow, c = previousClose, range = h - l;
            double p = (h + l + c) / 3;
            double r1 = 2 * p - l;
            double s1 = 2 * p - h;
            checksum = checksum.Add(p).Add(r1).Add(s1).Add(p + range).Add(p - range).Add(r1 + range).Add(s1 - range)
                .Add(p * 3 + (h - 3 * l)).Add(p * 3 - (3 * h - l)).Add(p * 4 + (h - 4 * l)).Add(p * 4 - (4 * h - l));
        }

        return checksum;
    }
}
