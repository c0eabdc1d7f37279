namespace ScriptGen.Benchmarks.Data;

/// <summary>
/// Deterministic one-minute bars: a seeded random walk with realistic OHLC (each bar opens near
/// the previous close, high &gt;= max(open, close), low &lt;= min(open, close), prices on a
/// 0.00001 tick like EUR/USD). The same seed gives the same bars on every run: the generator is
/// our own SplitMix64, whose sequence, unlike <see cref="Random"/>'s, no .NET version can change.
/// </summary>
/// <remarks>
/// Kept as plain arrays so the hand-written loops read exactly the memory the script reads
/// (<see cref="Bars.FromArrays"/> does not copy).
/// </remarks>
internal sealed class SyntheticBars
{
    /// <summary>The bar count every benchmark runs over (bars/second = this / mean time).</summary>
    public const int BenchmarkCount = 1_000_000;

    /// <summary>The seed of the benchmark bars; any fixed value would do.</summary>
    public const ulong BenchmarkSeed = 20_240_101;

    /// <summary>2024-01-01 00:00 UTC, Unix milliseconds.</summary>
    private const long StartTime = 1_704_067_200_000;
    private const long OneMinute = 60_000;
    private const int TickDigits = 5;
    private const double StartPrice = 1.10000;

    /// <summary>Per-bar volatility of the close (log return), about EUR/USD's on one-minute bars.</summary>
    private const double Volatility = 0.00015;

    private SyntheticBars(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume)
    {
        Time = time;
        Open = open;
        High = high;
        Low = low;
        Close = close;
        Volume = volume;
        Bars = Bars.FromArrays(time, open, high, low, close, volume);
    }

    public long[] Time { get; }
    public double[] Open { get; }
    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }
    public double[] Volume { get; }

    /// <summary>The same arrays as ScriptGen bars (no copy).</summary>
    public Bars Bars { get; }

    public int Count => Time.Length;

    /// <summary>The bars every benchmark runs over.</summary>
    public static SyntheticBars ForBenchmarks() => Generate(BenchmarkCount, BenchmarkSeed);

    /// <summary>Generates <paramref name="count"/> bars from <paramref name="seed"/>.</summary>
    public static SyntheticBars Generate(int count, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var time = new long[count];
        var open = new double[count];
        var high = new double[count];
        var low = new double[count];
        var close = new double[count];
        var volume = new double[count];
        var random = new SplitMix64(seed);

        double previousClose = StartPrice;
        for (int i = 0; i < count; i++)
        {
            // A small gap at the open keeps "filled at the next open" distinct from "at this close".
            double o = previousClose * Math.Exp(0.1 * Volatility * random.NextGaussian());
            double c = o * Math.Exp(Volatility * random.NextGaussian());
            double h = Math.Max(o, c) * (1 + 0.5 * Volatility * Math.Abs(random.NextGaussian()));
            double l = Math.Min(o, c) * (1 - 0.5 * Volatility * Math.Abs(random.NextGaussian()));

            // Rounding is monotone, so the OHLC ordering survives it.
            time[i] = StartTime + i * OneMinute;
            open[i] = Math.Round(o, TickDigits);
            close[i] = Math.Round(c, TickDigits);
            high[i] = Math.Round(h, TickDigits);
            low[i] = Math.Round(l, TickDigits);
            volume[i] = 1 + Math.Floor(random.NextDouble() * 1000);
            previousClose = close[i];
        }

        return new SyntheticBars(time, open, high, low, close, volume);
    }

    /// <summary>SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and fixed forever, unlike <see cref="Random"/>'s algorithm.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong NextUInt64()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>Uniform in [0, 1), 53 random bits.</summary>
        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        /// <summary>Standard normal by Box–Muller (one of the pair; simplicity beats speed here).</summary>
        public double NextGaussian()
        {
            double u1 = 1.0 - NextDouble(); // (0, 1]: keeps Log finite
            double u2 = NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }
}
