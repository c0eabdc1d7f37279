namespace ScriptGen.Tests.Reference;

/// <summary>The comparison the reference data's README prescribes.</summary>
internal static class Tolerance
{
    /// <summary>|a - b| &lt;= 1e-9 * max(|a|, |b|) or |a - b| &lt;= 1e-12; na only matches na.</summary>
    public static bool Matches(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }

        double difference = Math.Abs(expected - actual);
        return difference <= 1e-12 || difference <= 1e-9 * Math.Max(Math.Abs(expected), Math.Abs(actual));
    }

    /// <summary>Asserts every bar matches, reporting the first bars that do not, with the reference named <paramref name="source"/>.</summary>
    public static void AssertSeries(string what, ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, string source = "TradingView")
    {
        Assert.Equal(expected.Length, actual.Length);
        var mismatches = new List<string>();
        for (int bar = 0; bar < expected.Length; bar++)
        {
            if (!Matches(expected[bar], actual[bar]))
            {
                mismatches.Add($"bar {bar}: {source} {expected[bar]:R}, ScriptGen {actual[bar]:R}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{what}: {mismatches.Count} of {expected.Length} bars differ; first: {string.Join("; ", mismatches.Take(5))}");
    }
}
