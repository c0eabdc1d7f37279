namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// <c>ta.pivothigh(5, 5)</c> and <c>ta.pivotlow(5, 5)</c> written by hand over the arrays (no na in the synthetic bars): on bar
/// <c>i</c>, the high five bars back is a pivot when no high of the five before it is above it and none of the five after
/// it at or above it (the low the mirror); na otherwise and before bar 10. Each bar adds the high's value, then the low's.
/// </summary>
internal static class ColumnPivotsHandLoop
{
    private const int Side = 5;

    public static SeriesChecksum Run(double[] high, double[] low)
    {
        var checksum = new SeriesChecksum();
        for (int i = 0; i < high.Length; i++)
        {
            if (i < 2 * Side)
            {
                checksum = checksum.Add(double.NaN).Add(double.NaN);
                continue;
            }

            int center = i - Side;
            bool peak = true, trough = true;
            for (int j = center - Side; j < center; j++)
            {
                peak &= !(high[j] > high[center]);
                trough &= !(low[j] < low[center]);
            }

            for (int j = center + 1; j <= i; j++)
            {
                peak &= !(high[j] >= high[center]);
                trough &= !(low[j] <= low[center]);
            }

            checksum = checksum.Add(peak ? high[center] : double.NaN).Add(trough ? low[center] : double.NaN);
        }

        return checksum;
    }
}
