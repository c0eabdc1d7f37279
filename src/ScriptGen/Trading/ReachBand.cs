using System.Runtime.CompilerServices;

namespace ScriptGen.Trading;

/// <summary>
/// Where pending orders come in reach of a bar's range, as two levels: a range whose top is at or above
/// <see cref="RisingReach"/> reaches an order (a stop to buy, a limit to sell), and so does one whose bottom is at or below
/// <see cref="FallingReach"/> (a stop to sell, a limit to buy). Each order adds its levels (<see cref="OrderTriggers.TryAddReach"/>);
/// the band keeps the nearest on each side, so it answers for a whole book in two comparisons. The levels depend only on
/// what the book's change count follows, which is how a quiet stretch of bars reuses one band (<c>Broker.OnBar</c>).
/// </summary>
/// <remarks>
/// na stands for "no level on that side": <c>x &gt;= na</c> is false, as a stop or limit at na is never reached, so
/// <see cref="Reaches"/> needs no special case. Adding a level keeps the smaller rising (larger falling) one and ignores an
/// na level, so a band over several orders reaches a range exactly when one of the orders does.
/// </remarks>
internal struct ReachBand
{
    /// <summary>A band no range reaches: no order, or none with a level.</summary>
    public static ReachBand Nowhere => new() { RisingReach = double.NaN, FallingReach = double.NaN };

    /// <summary>The lowest level a range reaches by its top (na: none).</summary>
    public double RisingReach;

    /// <summary>The highest level a range reaches by its bottom (na: none).</summary>
    public double FallingReach;

    /// <summary>Whether a range from <paramref name="lowest"/> to <paramref name="highest"/> reaches a level of the band.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Reaches(double lowest, double highest) => highest >= RisingReach || lowest <= FallingReach;

    /// <summary>A level reached when the range's top is at or above it (na: ignored).</summary>
    public void AddRising(double level)
    {
        if (level < RisingReach || (double.IsNaN(RisingReach) && !double.IsNaN(level)))
        {
            RisingReach = level;
        }
    }

    /// <summary>A level reached when the range's bottom is at or below it (na: ignored).</summary>
    public void AddFalling(double level)
    {
        if (level > FallingReach || (double.IsNaN(FallingReach) && !double.IsNaN(level)))
        {
            FallingReach = level;
        }
    }
}
