namespace ScriptGen.Tests.Ta;

/// <summary>
/// Pine's functions written the slow, obvious way, from Pine v5's reference pseudocode and the
/// na rules PyneCore measured (cited on each state): whole windows re-read every bar, no rolling
/// state. The state tests compare the streaming states with these on random series.
/// </summary>
internal static class Definitions
{
    public const double Epsilon = 1e-10;

    /// <summary>The last <paramref name="count"/> non-na values up to <paramref name="bar"/> (oldest first), or null if fewer.</summary>
    public static double[]? LastNonNa(double[] x, int bar, int count)
    {
        var values = new List<double>();
        for (int i = bar; i >= 0 && values.Count < count; i--)
        {
            if (!double.IsNaN(x[i]))
            {
                values.Insert(0, x[i]);
            }
        }

        return values.Count == count ? values.ToArray() : null;
    }

    /// <summary>The last <paramref name="count"/> values up to <paramref name="bar"/> (oldest first, na included), or null if fewer.</summary>
    public static double[]? LastValues(double[] x, int bar, int count) =>
        bar + 1 < count ? null : x[(bar - count + 1)..(bar + 1)];

    /// <summary>ta.sma: the mean of the last length non-na values; an na bar holds.</summary>
    public static double[] Sma(double[] x, int length) =>
        Enumerable.Range(0, x.Length).Select(t => LastNonNa(x, t, length) is { } w ? w.Sum() / length : double.NaN).ToArray();

    /// <summary>ta.ema: na bars skipped (na there); seeded by the mean of the first length non-na values.</summary>
    public static double[] Ema(double[] x, int length)
    {
        var result = new double[x.Length];
        double alpha = 2.0 / (length + 1);
        double value = double.NaN;
        int seen = 0;
        for (int t = 0; t < x.Length; t++)
        {
            if (double.IsNaN(x[t]))
            {
                result[t] = double.NaN;
                continue;
            }

            seen++;
            value = seen < length ? double.NaN
                : seen == length ? LastNonNa(x, t, length)!.Sum() / length
                : value + alpha * (x[t] - value);
            result[t] = length == 1 ? x[t] : value;
        }

        return result;
    }

    /// <summary>ta.wma: the window is the last length bars with na replaced by the last non-na value; na on na bars.</summary>
    public static double[] Wma(double[] x, int length)
    {
        var result = new double[x.Length];
        var filled = new double[x.Length];
        double last = double.NaN;
        int seen = 0;
        for (int t = 0; t < x.Length; t++)
        {
            if (!double.IsNaN(x[t]))
            {
                last = x[t];
                seen++;
            }

            filled[t] = last;
            if (double.IsNaN(x[t]) || seen < length)
            {
                result[t] = double.NaN;
                continue;
            }

            double sum = 0, norm = 0;
            for (int i = 0; i < length; i++)
            {
                sum += filled[t - i] * (length - i);
                norm += length - i;
            }

            result[t] = sum / norm;
        }

        return result;
    }

    /// <summary>The values of the bars the call ran on: <paramref name="x"/> without the bars where <paramref name="skip"/> holds.</summary>
    public static double[] Compact(double[] x, Func<int, bool> skip) => x.Where((_, i) => !skip(i)).ToArray();

    /// <summary>Pearson correlation of two windows, two-pass.</summary>
    public static double Correlation(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average();
        double cov = 0, va = 0, vb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }

        return cov / Math.Sqrt(va * vb);
    }

    /// <summary>Asserts |expected - actual| &lt;= tolerance * max(1, |expected|), na only matching na.</summary>
    public static void AssertClose(double expected, double actual, string where, double tolerance = 1e-9)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{where}: expected na, got {actual:R}");
            return;
        }

        Assert.True(
            Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected)),
            $"{where}: expected {expected:R}, got {actual:R}");
    }
}
