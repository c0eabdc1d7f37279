namespace ScriptGen.Ta;

// Highs, lows and ranges over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.highest(source, length)</c> of every element (<see cref="HighestState"/>; element i is bar i).</summary>
    public static void Highest(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Highest), source, length, destination);
        var state = new HighestState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, i);
        }
    }

    /// <summary><c>ta.lowest(source, length)</c> of every element (<see cref="LowestState"/>).</summary>
    public static void Lowest(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Lowest), source, length, destination);
        var state = new LowestState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, i);
        }
    }

    /// <summary><c>ta.highestbars(source, length)</c> of every element (<see cref="HighestbarsState"/>).</summary>
    public static void Highestbars(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Highestbars), source, length, destination);
        var state = new HighestbarsState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, i);
        }
    }

    /// <summary><c>ta.lowestbars(source, length)</c> of every element (<see cref="LowestbarsState"/>).</summary>
    public static void Lowestbars(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Lowestbars), source, length, destination);
        var state = new LowestbarsState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, i);
        }
    }

    /// <summary><c>ta.range(source, length)</c> of every element (<see cref="RangeState"/>).</summary>
    public static void Range(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Range), source, length, destination);
        var state = new RangeState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, i);
        }
    }

    /// <summary><c>ta.max(source)</c> of every element: the highest value so far (<see cref="MaxState"/>).</summary>
    public static void Max(ReadOnlySpan<double> source, Span<double> destination)
    {
        BatchArguments.SameLength(nameof(Max), nameof(source), source.Length, nameof(destination), destination.Length);
        var state = new MaxState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i]);
        }
    }

    /// <summary><c>ta.min(source)</c> of every element: the lowest value so far (<see cref="MinState"/>).</summary>
    public static void Min(ReadOnlySpan<double> source, Span<double> destination)
    {
        BatchArguments.SameLength(nameof(Min), nameof(source), source.Length, nameof(destination), destination.Length);
        var state = new MinState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i]);
        }
    }

    /// <summary><c>ta.tr(handle_na)</c> of every bar (<see cref="TrueRange"/>; the first bar has no previous close).</summary>
    public static void Tr(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, bool handleNa, Span<double> destination)
    {
        CheckPrices(nameof(Tr), close, high, low, destination.Length);
        double previousClose = double.NaN;
        for (int i = 0; i < close.Length; i++)
        {
            double c = close[i];
            destination[i] = TrueRange.Compute(high[i], low[i], previousClose, handleNa);
            previousClose = c;
        }
    }

    /// <summary><c>ta.atr(length)</c> of every bar (<see cref="AtrState"/>).</summary>
    public static void Atr(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int length, Span<double> destination)
    {
        CheckPrices(nameof(Atr), close, high, low, destination.Length);
        BatchArguments.WindowLength(nameof(Atr), length);
        var state = new AtrState();
        // Each element is read before it is written: the previous close is kept, so close may be the destination.
        double previousClose = double.NaN;
        for (int i = 0; i < close.Length; i++)
        {
            double c = close[i];
            destination[i] = state.Update(high[i], low[i], previousClose, length);
            previousClose = c;
        }
    }
}
