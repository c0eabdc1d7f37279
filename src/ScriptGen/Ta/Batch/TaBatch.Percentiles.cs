namespace ScriptGen.Ta;

// Percentiles over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.percentrank(source, length)</c> of every element (<see cref="PercentrankState"/>).</summary>
    public static void Percentrank(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        CheckWindowed(nameof(Percentrank), source, length, destination);
        var state = new PercentrankState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary>
    /// <c>ta.percentile_linear_interpolation(source, length, percentage)</c> of every element
    /// (<see cref="PercentileLinearInterpolationState"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentage"/> is outside 0..100.</exception>
    public static void PercentileLinearInterpolation(ReadOnlySpan<double> source, int length, double percentage, Span<double> destination)
    {
        CheckWindowed(nameof(PercentileLinearInterpolation), source, length, destination);
        Percentiles.CheckPercentage("percentile_linear_interpolation", percentage);
        var state = new PercentileLinearInterpolationState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, percentage);
        }
    }

    /// <summary>
    /// <c>ta.percentile_nearest_rank(source, length, percentage)</c> of every element
    /// (<see cref="PercentileNearestRankState"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentage"/> is outside 0..100.</exception>
    public static void PercentileNearestRank(ReadOnlySpan<double> source, int length, double percentage, Span<double> destination)
    {
        CheckWindowed(nameof(PercentileNearestRank), source, length, destination);
        Percentiles.CheckPercentage("percentile_nearest_rank", percentage);
        var state = new PercentileNearestRankState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, percentage);
        }
    }
}
