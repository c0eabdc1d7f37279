namespace ScriptGen.Ta;

// Statistics over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.stdev(source, length, biased)</c> of every element (<see cref="StdevState"/>).</summary>
    public static void Stdev(ReadOnlySpan<double> source, int length, bool biased, Span<double> destination)
    {
        Check(nameof(Stdev), source, length, destination);
        var state = new StdevState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, biased);
        }
    }

    /// <summary><c>ta.correlation(source1, source2, length)</c> of every element (<see cref="CorrelationState"/>).</summary>
    public static void Correlation(ReadOnlySpan<double> source1, ReadOnlySpan<double> source2, int length, Span<double> destination)
    {
        Check(nameof(Correlation), source1, length, destination, nameof(source1));
        BatchArguments.SameLength(nameof(Correlation), nameof(source1), source1.Length, nameof(source2), source2.Length);
        var state = new CorrelationState();
        for (int i = 0; i < source1.Length; i++)
        {
            destination[i] = state.Update(source1[i], source2[i], length);
        }
    }

    /// <summary><c>ta.linreg(source, length, offset)</c> of every element (<see cref="LinregState"/>).</summary>
    public static void Linreg(ReadOnlySpan<double> source, int length, int offset, Span<double> destination)
    {
        Check(nameof(Linreg), source, length, destination);
        var state = new LinregState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, offset);
        }
    }

    /// <summary><c>ta.median(source, length)</c> of every element (<see cref="MedianState"/>).</summary>
    public static void Median(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Median), source, length, destination);
        var state = new MedianState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.mode(source, length)</c> of every element (<see cref="ModeState"/>).</summary>
    public static void Mode(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Mode), source, length, destination);
        var state = new ModeState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, i);
        }
    }
}
