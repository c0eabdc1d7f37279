namespace ScriptGen.Ta;

// Dispersion over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.dev(source, length)</c> of every element (<see cref="DevState"/>).</summary>
    public static void Dev(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        CheckWindowed(nameof(Dev), source, length, destination);
        var state = new DevState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.variance(source, length, biased)</c> of every element (<see cref="VarianceState"/>).</summary>
    public static void Variance(ReadOnlySpan<double> source, int length, bool biased, Span<double> destination)
    {
        CheckWindowed(nameof(Variance), source, length, destination);
        var state = new VarianceState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length, biased);
        }
    }
}
