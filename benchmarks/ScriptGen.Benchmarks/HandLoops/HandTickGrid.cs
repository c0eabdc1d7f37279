namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// Prices and sizes on their grids, as docs/strategy.md states the broker puts them ("Order prices",
/// "Quantities"): a grid point is <c>steps / (1 / step)</c>, the double its decimal parses to; a level within
/// 1e-4 of a tick counts as on that tick; a size within 1e-7 of a step as on that step. Used where the hand
/// loops place orders (a few bars in a hundred), not on every bar.
/// </summary>
internal static class HandTickGrid
{
    private const double PriceTolerance = 1e-4;
    private const double QuantityTolerance = 1e-7;

    /// <summary>The grid point nearest <paramref name="price"/> (levels given in ticks from a price).</summary>
    public static double Nearest(double price, double tick) => Math.Round(price / tick) / PerUnit(tick);

    /// <summary>The lowest grid point at or above <paramref name="price"/>: a buy stop, a sell limit.</summary>
    public static double Up(double price, double tick) => Math.Ceiling(price / tick - PriceTolerance) / PerUnit(tick);

    /// <summary>The highest grid point at or below <paramref name="price"/>: a sell stop, a buy limit.</summary>
    public static double Down(double price, double tick) => Math.Floor(price / tick + PriceTolerance) / PerUnit(tick);

    /// <summary><paramref name="units"/> rounded down to <paramref name="step"/> (0: any size).</summary>
    public static double Quantity(double units, double step) =>
        step > 0 ? Math.Floor(units / step + QuantityTolerance) / PerUnit(step) : units;

    /// <summary>Grid points per unit; the hand loops support the grids whose inverse is a whole number (0.00001, 0.1, 1, ...).</summary>
    private static double PerUnit(double step)
    {
        double perUnit = 1 / step;
        double whole = Math.Round(perUnit);
        if (whole < 1 || Math.Abs(perUnit - whole) > 1e-9 * perUnit)
        {
            throw new ArgumentException($"The hand loops support grids whose inverse is a whole number; {step} is not one.", nameof(step));
        }

        return whole;
    }
}
