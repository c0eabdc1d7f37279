using System.Runtime.CompilerServices;

namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// TradingView's RSI written by hand for the RSI hand loops: <c>100 - 100 / (1 + gain / loss)</c> with
/// Wilder's averages (<c>(previous * (n - 1) + x) / n</c>) of the close's rises and falls, seeded on bar
/// <c>n</c> with the mean of the first n changes (summed by TradingView's rolling sum, <see cref="HandRollingSum"/>).
/// The same values as <c>ta.rsi</c> on bars without na (the synthetic data has none).
/// </summary>
internal struct HandRsi
{
    private readonly int _length;
    private double _gain;
    private double _loss;

    /// <summary>The averages as they stand on bar <paramref name="length"/> (the first with an RSI).</summary>
    public HandRsi(double[] close, int length)
    {
        if (length < 1 || close.Length <= length)
        {
            throw new ArgumentException("The hand loop's RSI needs 1 <= length < bar count.", nameof(length));
        }

        var gains = new double[length];
        var losses = new double[length];
        for (int i = 1; i <= length; i++)
        {
            gains[i - 1] = Math.Max(close[i] - close[i - 1], 0.0);
            losses[i - 1] = Math.Max(close[i - 1] - close[i], 0.0);
        }

        _length = length;
        _gain = HandRollingSum.Warmup(gains) / length;
        _loss = HandRollingSum.Warmup(losses) / length;
    }

    /// <summary>The RSI of the bar last added (na when the close did not move for a whole window: 0 / 0).</summary>
    public readonly double Value => 100 - 100 / (1 + _gain / _loss);

    /// <summary>Adds the next bar: its close and the close before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double close, double previousClose)
    {
        _gain = (_gain * (_length - 1) + Math.Max(close - previousClose, 0.0)) / _length;
        _loss = (_loss * (_length - 1) + Math.Max(previousClose - close, 0.0)) / _length;
    }
}
