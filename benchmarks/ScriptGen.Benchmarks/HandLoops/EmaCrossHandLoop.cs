using ScriptGen.Ta;

namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// The EMA 9/21 cross written by hand over the close array: what a C# developer would write
/// without ScriptGen, and the baseline every ScriptGen variant is measured against.
/// </summary>
/// <remarks>
/// Same math as <c>ta.ema</c> and <c>ta.crossover</c>/<c>ta.crossunder</c> (see
/// <c>src/ScriptGen/Ta/EmaState.cs</c>): alpha = 2 / (n + 1); each step <c>prev + alpha * (x - prev)</c>;
/// seeded with the SMA of the first n values, summed with the same accumulator as <c>ta.sma</c>
/// (<see cref="PineRollingSum"/>, TradingView's) so the seed is bit-identical; a cross fires when the relation flips
/// against the last bar where both EMAs were defined. As a hand-written loop would, it assumes
/// what the synthetic data guarantees (no na closes, fast length &lt;= slow length), so it carries
/// none of the script's na checks.
/// </remarks>
internal static class EmaCrossHandLoop
{
    public static EmaCrossSignalsResult Run(double[] close, int fastLength, int slowLength)
    {
        if (fastLength > slowLength || close.Length < slowLength)
        {
            throw new ArgumentException("The hand loop needs fast length <= slow length <= bar count.");
        }

        double fastAlpha = 2.0 / (fastLength + 1);
        double slowAlpha = 2.0 / (slowLength + 1);

        // Warm-up: both EMAs exist from bar slowLength - 1 on; the first bar where both exist never fires.
        int first = slowLength - 1;
        double fast = Seed(close, fastLength);
        for (int i = fastLength; i <= first; i++)
        {
            fast += fastAlpha * (close[i] - fast);
        }

        double slow = Seed(close, slowLength);
        bool wasAtOrBelow = fast <= slow;
        bool wasAtOrAbove = fast >= slow;
        int crossovers = 0, crossunders = 0;

        for (int i = first + 1; i < close.Length; i++)
        {
            double x = close[i];
            fast += fastAlpha * (x - fast);
            slow += slowAlpha * (x - slow);

            if (fast > slow && wasAtOrBelow)
            {
                crossovers++;
            }

            if (fast < slow && wasAtOrAbove)
            {
                crossunders++;
            }

            wasAtOrBelow = fast <= slow;
            wasAtOrAbove = fast >= slow;
        }

        return new EmaCrossSignalsResult(crossovers, crossunders, fast, slow);
    }

    /// <summary>The SMA of the first <paramref name="length"/> closes: the EMA's value on bar length - 1.</summary>
    internal static double Seed(double[] close, int length)
    {
        var sum = new PineRollingSum();
        double total = double.NaN;
        for (int i = 0; i < length; i++)
        {
            total = sum.Add(close[i], length);
        }

        return total / length;
    }
}
