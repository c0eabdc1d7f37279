using System.Globalization;

namespace ScriptGen.Trading;

/// <summary>
/// The checks on a <c>strategy.*</c> order call's arguments. Each throws an <see cref="ArgumentException"/>
/// naming the call, the order id, the parameter, what it must be and what it got; the runtime reports it
/// as a <see cref="ScriptRuntimeException"/> with the bar and the script's line.
/// </summary>
internal static class OrderArguments
{
    // The checks a script meets on every bar (scripts call strategy.exit and strategy.cancel on every bar: the id, an exit's
    // quantities and levels, prices) inline their test and build the message only on failure, in a method of their own.
    public static void RequireId(string call, string id)
    {
        if (string.IsNullOrEmpty(id))
        {
            ThrowEmptyId(call, id);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowEmptyId(string call, string id) =>
        throw new ArgumentException($"{call}: the order id must be a non-empty string.", nameof(id));

    public static void RequireDirection(string call, string id, Direction direction)
    {
        if (direction is not (Direction.Long or Direction.Short))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"{call}(\"{id}\"): direction must be Direction.Long or Direction.Short.");
        }
    }

    public static void RequireOpeningQuantity(string call, string id, double quantity)
    {
        if (!double.IsNaN(quantity) && (!(quantity > 0) || double.IsInfinity(quantity)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(quantity), quantity, $"{call}(\"{id}\"): quantity must be a positive number, or na for the default; got {Show(quantity)}.");
        }
    }

    public static void RequireOcaType(string call, string id, OcaType ocaType)
    {
        if (ocaType is not (OcaType.None or OcaType.Cancel or OcaType.Reduce))
        {
            throw new ArgumentOutOfRangeException(nameof(ocaType), ocaType, $"{call}(\"{id}\"): ocaType must be OcaType.None, Cancel or Reduce.");
        }
    }

    public static void RequireFiniteOrNa(string call, string id, string parameter, double value)
    {
        if (double.IsInfinity(value))
        {
            ThrowNotFinite(call, id, parameter, value);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNotFinite(string call, string id, string parameter, double value) =>
        throw new ArgumentOutOfRangeException(parameter, value, $"{call}(\"{id}\"): {parameter} must be a finite number or na; got {Show(value)}.");

    public static void RequireClosingQuantity(string call, string id, double quantity, double quantityPercent)
    {
        if (!double.IsNaN(quantity) && (!(quantity > 0) || double.IsInfinity(quantity)))
        {
            ThrowClosingQuantity(call, id, quantity);
        }

        if (!double.IsNaN(quantityPercent) && !(quantityPercent > 0 && quantityPercent <= 100))
        {
            ThrowQuantityPercent(call, id, quantityPercent);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowClosingQuantity(string call, string id, double quantity) =>
        throw new ArgumentOutOfRangeException(
            nameof(quantity), quantity, $"{call}(\"{id}\"): quantity must be a positive number, or na for all; got {Show(quantity)}.");

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowQuantityPercent(string call, string id, double quantityPercent) =>
        throw new ArgumentOutOfRangeException(
            nameof(quantityPercent), quantityPercent, $"{call}(\"{id}\"): quantityPercent must be in (0, 100], or na; got {Show(quantityPercent)}.");

    /// <summary><c>strategy.exit</c>: a trailing offset needs an activation level, and an exit needs at least one level.</summary>
    public static void RequireExitLevels(
        string call, string id, double profitTicks, double limit, double lossTicks, double stop, bool trailing, double trailOffset)
    {
        if (!double.IsNaN(trailOffset) && (!(trailOffset >= 0) || double.IsInfinity(trailOffset) || !trailing))
        {
            ThrowTrailOffset(call, id, trailing, trailOffset);
        }

        if (double.IsNaN(limit) && double.IsNaN(profitTicks) && double.IsNaN(stop) && double.IsNaN(lossTicks) && !trailing)
        {
            ThrowNoExitLevel(call, id);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowTrailOffset(string call, string id, bool trailing, double trailOffset) =>
        throw new ArgumentException(
            $"{call}(\"{id}\"): trailOffset must be 0 or more ticks, given with trailPrice or trailPoints; got {Show(trailOffset)}{(trailing ? "" : " without an activation level")}.",
            nameof(trailOffset));

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNoExitLevel(string call, string id) =>
        throw new ArgumentException(
            $"{call}(\"{id}\"): give at least one exit level: limit or profit (take-profit), stop or loss (stop-loss), trailPrice or trailPoints (trailing stop).");

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
