using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta percentiles: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.percentrank(source, length)</c>: percent of the previous values at or below the current one.</summary>
    public virtual double Percentrank(ref PercentrankState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.percentile_linear_interpolation(source, length, percentage)</c>.</summary>
    public virtual double PercentileLinearInterpolation(
        ref PercentileLinearInterpolationState state, double source, int length, double percentage) =>
        state.Update(source, length, percentage);

    /// <summary><c>ta.percentile_nearest_rank(source, length, percentage)</c>.</summary>
    public virtual double PercentileNearestRank(ref PercentileNearestRankState state, double source, int length, double percentage) =>
        state.Update(source, length, percentage);
}
