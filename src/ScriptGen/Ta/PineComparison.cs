namespace ScriptGen.Ta;

/// <summary>
/// Pine's tolerant float comparison, for the builtins measured to use it (<c>ta.cross</c>,
/// <c>ta.rising</c>, <c>ta.falling</c>, <c>ta.cmo</c>, <c>ta.mfi</c>, <c>ta.correlation</c>): two values
/// at most <see cref="Epsilon"/> apart are equal, at any magnitude.
/// </summary>
/// <remarks>
/// Measured on TradingView by PyneCore (<c>core/pine_compare.py</c>): the tolerance is absolute and
/// the boundary belongs to equality. Most builtins compare exactly (<c>ta.highest</c>,
/// <c>ta.crossover</c>, ...), so this is applied only where the measurement says so.
/// </remarks>
internal static class PineComparison
{
    /// <summary>The absolute tolerance of Pine's float comparisons.</summary>
    public const double Epsilon = 1e-10;
}
