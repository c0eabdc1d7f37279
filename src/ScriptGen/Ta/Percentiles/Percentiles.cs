namespace ScriptGen.Ta;

/// <summary>Argument checks of the percentile functions.</summary>
internal static class Percentiles
{
    /// <summary>A percentage must lie in 0..100 (TradingView halts otherwise); na is let through.</summary>
    public static void CheckPercentage(string function, double percentage)
    {
        if (percentage < 0 || percentage > 100)
        {
            throw new ArgumentOutOfRangeException(
                nameof(percentage), percentage, $"ta.{function}: percentage must be between 0 and 100; got {percentage}.");
        }
    }
}
