namespace ScriptGen.Ta;

/// <summary>
/// The 11 levels <c>ta.pivot_point_levels</c> returns, in Pine's array order
/// <c>[P, R1, S1, R2, S2, R3, S3, R4, S4, R5, S5]</c> (the indexer); levels a type does not define are na.
/// </summary>
public readonly record struct PivotLevels(
    double P, double R1, double S1, double R2, double S2, double R3, double S3, double R4, double S4, double R5, double S5)
{
    /// <summary>How many levels there are (Pine's <c>array.size</c> of the result).</summary>
    public const int Count = 11;

    /// <summary>Every level na.</summary>
    public static PivotLevels None { get; } = new(
        double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>A level by its index in Pine's array, 0 (P) to 10 (S5): Pine's <c>array.get(levels, index)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0..10.</exception>
    public double this[int index] => index switch
    {
        0 => P,
        1 => R1,
        2 => S1,
        3 => R2,
        4 => S2,
        5 => R3,
        6 => S3,
        7 => R4,
        8 => S4,
        9 => R5,
        10 => S5,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, $"Pivot levels are indexed 0 (P) to 10 (S5); got {index}."),
    };
}
