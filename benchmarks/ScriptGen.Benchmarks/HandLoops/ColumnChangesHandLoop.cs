namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// <c>ta.change(close) + ta.mom(close, 10) + ta.roc(close, 14) + ta.change(hl2, 50)</c> written by hand over the arrays:
/// each value <c>n</c> bars back read from the array, na until all four have their history, the rate of change na where
/// its older close is 0 (Pine has no division by zero), the four added left to right as the script adds them.
/// </summary>
internal static class ColumnChangesHandLoop
{
    public static SeriesChecksum Run(double[] high, double[] low, double[] close)
    {
        var checksum = new SeriesChecksum();
        for (int i = 0; i < close.Length; i++)
        {
            if (i < 50)
            {
                checksum = checksum.Add(double.NaN);
                continue;
            }

            double older = close[i - 14];
            double roc = older == 0 ? double.NaN : 100 * (close[i] - older) / older;
            double middle = (high[i] + low[i]) / 2;
            double middleBefore = (high[i - 50] + low[i - 50]) / 2;
            checksum = checksum.Add((close[i] - close[i - 1]) + (close[i] - close[i - 10]) + roc + (middle - middleBefore));
        }

        return checksum;
    }
}
