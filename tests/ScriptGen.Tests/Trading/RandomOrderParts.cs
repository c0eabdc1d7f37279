using ScriptGen.Namespaces;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// The parts the random order-plan tests draw their plans from: bars on a 0.01 tick grid, and entries with the ids
/// <c>L</c>, <c>L2</c> (long) and <c>S</c> (short) at market, at a limit or at a stop near the close.
/// </summary>
internal static class RandomOrderParts
{
    public const double Tick = 0.01;

    /// <summary>
    /// <paramref name="count"/> bars opening at the last close, gapping one time in five. With <paramref name="flatAndBareBars"/>,
    /// one bar in eight closes where it opened and one side in four has no wick, so the open or the close is an extreme and
    /// every order of the path's points occurs.
    /// </summary>
    public static Bars Bars(Random random, int count, bool flatAndBareBars = false)
    {
        var rows = new (double, double, double, double)[count];
        double close = 100;
        for (int i = 0; i < count; i++)
        {
            double open = close + (random.Next(5) == 0 ? random.Next(-60, 61) : 0) * Tick;
            close = flatAndBareBars && random.Next(8) == 0 ? open : open + random.Next(-80, 81) * Tick;
            double high = Math.Max(open, close) + Wick(random, flatAndBareBars) * Tick;
            double low = Math.Min(open, close) - Wick(random, flatAndBareBars) * Tick;
            rows[i] = (Math.Round(open, 2), Math.Round(high, 2), Math.Round(low, 2), Math.Round(close, 2));
        }

        return TestBars.Ohlc(rows);
    }

    /// <summary>An entry of 1 to 3 units: at market, or at a limit or a stop up to 50 ticks from <paramref name="close"/>.</summary>
    public static Action<PineStrategy> Entry(Random random, double close)
    {
        (string id, Direction direction) = random.Next(3) switch
        {
            0 => ("L", Direction.Long),
            1 => ("L2", Direction.Long),
            _ => ("S", Direction.Short),
        };
        double qty = random.Next(1, 4);
        double limit = double.NaN, stop = double.NaN;
        switch (random.Next(4))
        {
            case 0:
                limit = close + (direction == Direction.Long ? -1 : 1) * random.Next(0, 50) * Tick;
                break;
            case 1:
                stop = close + (direction == Direction.Long ? 1 : -1) * random.Next(0, 50) * Tick;
                break;
        }

        return strategy => strategy.Entry(id, direction, qty: qty, limit: limit, stop: stop);
    }

    private static int Wick(Random random, bool bare) => bare && random.Next(4) == 0 ? 0 : random.Next(0, 60);
}
