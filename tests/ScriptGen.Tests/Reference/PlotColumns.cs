namespace ScriptGen.Tests.Reference;

/// <summary>
/// Compares a run's plots with a reference file's columns on every bar, at <see cref="Tolerance"/>; a failure lists up
/// to 25 differing values, each with its bar's New York time and the file's row (the time tests' reference files are
/// read in New York time).
/// </summary>
internal static class PlotColumns
{
    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>Each <c>Plot</c> of <paramref name="result"/> against column <c>Column</c> of <paramref name="csv"/>; <paramref name="describe"/> writes a value.</summary>
    public static void AssertMatch(
        string file, ReferenceCsv csv, Bars bars, IndicatorResult result, Func<double, string> describe, params (string Plot, string Column)[] pairs)
    {
        var mismatches = new List<string>();
        foreach ((string plot, string column) in pairs)
        {
            double[] expected = csv.Numbers(column);
            double[] actual = result.GetPlot(plot).Values.ToArray();
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                if (!Tolerance.Matches(expected[i], actual[i]))
                {
                    mismatches.Add($"{plot} at {NewYork(bars.Time[i] / 1000):ddd yyyy-MM-dd HH:mm} New York (row {i + 2}): PyneCore {describe(expected[i])} ({column}), ScriptGen {describe(actual[i])}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{file}: {mismatches.Count} values differ:\n{string.Join("\n", mismatches.Take(25))}");
    }

    /// <summary>The New York wall-clock time of <paramref name="unixSeconds"/>.</summary>
    public static DateTime NewYork(long unixSeconds) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), s_newYork).DateTime;
}
