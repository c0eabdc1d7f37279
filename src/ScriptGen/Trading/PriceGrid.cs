namespace ScriptGen.Trading;

/// <summary>
/// Rounding to a grid step (a tick for prices, the quantity step for sizes). A price on the grid is
/// built as <c>ticks / (1 / step)</c> when <c>1 / step</c> is a whole number, which gives exactly the
/// double that parsing the decimal gives (1.1295 == 112950 / 100000.0), so levels compare equal to
/// bar prices read from files.
/// </summary>
internal static class PriceGrid
{
    // A price level within 1e-4 of a tick counts as on that tick: TradingView fills a stop 0.92e-4 of a
    // tick off the grid at the grid point and one 1.005e-4 off at the next tick (PyneCore's measurement,
    // docs/strategy.md "Order prices"). The width is in ticks, whatever the price's magnitude.
    private const double PriceTolerance = 1e-4;

    // Quantities: within a ten-millionth of a step counts as on the step, which only absorbs binary
    // representation error (0.3 / 0.1 = 2.9999999999999996) without moving real off-grid sizes.
    private const double QuantityTolerance = 1e-7;

    /// <summary>The grid point nearest <paramref name="value"/>.</summary>
    public static double Nearest(double value, double step) => FromSteps(Math.Round(value / step), step);

    /// <summary>The lowest grid point at or above <paramref name="value"/> (a price within 1e-4 of a step below a point is on it).</summary>
    public static double Up(double value, double step) => FromSteps(Math.Ceiling(value / step - PriceTolerance), step);

    /// <summary>The highest grid point at or below <paramref name="value"/> (a price within 1e-4 of a step above a point is on it).</summary>
    public static double Down(double value, double step) => FromSteps(Math.Floor(value / step + PriceTolerance), step);

    /// <summary><paramref name="value"/> moved by <paramref name="steps"/> steps, on the grid.</summary>
    public static double Offset(double value, double steps, double step) => Nearest(value + steps * step, step);

    /// <summary>A quantity rounded down to the symbol's quantity step (0: any quantity).</summary>
    public static double Quantity(double quantity, double step) =>
        step > 0 ? FromSteps(Math.Floor(quantity / step + QuantityTolerance), step) : quantity;

    private static double FromSteps(double steps, double step)
    {
        double perUnit = 1 / step;
        double whole = Math.Round(perUnit);
        return whole >= 1 && Math.Abs(perUnit - whole) <= 1e-9 * perUnit ? steps / whole : steps * step;
    }
}
