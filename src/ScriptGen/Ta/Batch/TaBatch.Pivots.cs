namespace ScriptGen.Ta;

// Pivots and levels over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.pivothigh(source, leftbars, rightbars)</c> of every element (<see cref="PivotHighState"/>).</summary>
    public static void Pivothigh(ReadOnlySpan<double> source, int leftbars, int rightbars, Span<double> destination)
    {
        CheckWindowed(nameof(Pivothigh), source, leftbars, destination, nameof(leftbars));
        BatchArguments.WindowLength(nameof(Pivothigh), rightbars, nameof(rightbars));
        var state = new PivotHighState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], leftbars, rightbars, i);
        }
    }

    /// <summary><c>ta.pivotlow(source, leftbars, rightbars)</c> of every element (<see cref="PivotLowState"/>).</summary>
    public static void Pivotlow(ReadOnlySpan<double> source, int leftbars, int rightbars, Span<double> destination)
    {
        CheckWindowed(nameof(Pivotlow), source, leftbars, destination, nameof(leftbars));
        BatchArguments.WindowLength(nameof(Pivotlow), rightbars, nameof(rightbars));
        var state = new PivotLowState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], leftbars, rightbars, i);
        }
    }

    /// <summary>
    /// <c>ta.pivot_point_levels(type, anchor, developing)</c> of every bar (<see cref="PivotPointLevelsState"/>),
    /// the 11 levels of each bar into one <see cref="PivotLevels"/>.
    /// </summary>
    public static void PivotPointLevels(
        PivotPointType type, ReadOnlySpan<bool> anchor, bool developing,
        ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        Span<PivotLevels> destination)
    {
        CheckPrices(nameof(PivotPointLevels), close, high, low, destination.Length);
        BatchArguments.SameLength(nameof(PivotPointLevels), nameof(close), close.Length, nameof(open), open.Length);
        BatchArguments.SameLength(nameof(PivotPointLevels), nameof(close), close.Length, nameof(anchor), anchor.Length);
        var state = new PivotPointLevelsState();
        double previousClose = double.NaN;
        for (int i = 0; i < close.Length; i++)
        {
            double c = close[i];
            destination[i] = state.Update(type, anchor[i], developing, open[i], high[i], low[i], c, previousClose);
            previousClose = c;
        }
    }
}
