using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta percentiles: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// The percentage of the previous <paramref name="length"/> values at or below the current one. Pine:
    /// <c>ta.percentrank(source, length)</c>.
    /// </summary>
    public double Percentrank(double source, int length) => throw CallSites.NotIntercepted("ta.Percentrank");

    /// <summary>
    /// The <paramref name="percentage"/> percentile (0..100) of the last <paramref name="length"/> values,
    /// interpolated between the two nearest ranks. Pine:
    /// <c>ta.percentile_linear_interpolation(source, length, percentage)</c>.
    /// </summary>
    public double PercentileLinearInterpolation(double source, int length, double percentage) =>
        throw CallSites.NotIntercepted("ta.PercentileLinearInterpolation");

    /// <summary>
    /// The <paramref name="percentage"/> percentile (0..100) of the last <paramref name="length"/> values
    /// by the nearest-rank method. Pine: <c>ta.percentile_nearest_rank(source, length, percentage)</c>.
    /// </summary>
    public double PercentileNearestRank(double source, int length, double percentage) =>
        throw CallSites.NotIntercepted("ta.PercentileNearestRank");
}
