namespace ScriptGen.Ta;

// Crosses, rises and falls over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.cross(source1, source2)</c> of every element (<see cref="CrossState"/>).</summary>
    public static void Cross(ReadOnlySpan<double> source1, ReadOnlySpan<double> source2, Span<bool> destination)
    {
        CheckPair(nameof(Cross), source1, source2, destination);
        var state = new CrossState();
        for (int i = 0; i < source1.Length; i++)
        {
            destination[i] = state.Update(source1[i], source2[i]);
        }
    }

    /// <summary><c>ta.crossover(source1, source2)</c> of every element (<see cref="CrossoverState"/>).</summary>
    public static void Crossover(ReadOnlySpan<double> source1, ReadOnlySpan<double> source2, Span<bool> destination)
    {
        CheckPair(nameof(Crossover), source1, source2, destination);
        var state = new CrossoverState();
        for (int i = 0; i < source1.Length; i++)
        {
            destination[i] = state.Update(source1[i], source2[i]);
        }
    }

    /// <summary><c>ta.crossunder(source1, source2)</c> of every element (<see cref="CrossunderState"/>).</summary>
    public static void Crossunder(ReadOnlySpan<double> source1, ReadOnlySpan<double> source2, Span<bool> destination)
    {
        CheckPair(nameof(Crossunder), source1, source2, destination);
        var state = new CrossunderState();
        for (int i = 0; i < source1.Length; i++)
        {
            destination[i] = state.Update(source1[i], source2[i]);
        }
    }

    /// <summary><c>ta.falling(source, length)</c> of every element (<see cref="FallingState"/>).</summary>
    public static void Falling(ReadOnlySpan<double> source, int length, Span<bool> destination)
    {
        BatchArguments.WindowLength(nameof(Falling), length);
        BatchArguments.SameLength(nameof(Falling), nameof(source), source.Length, nameof(destination), destination.Length);
        var state = new FallingState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.rising(source, length)</c> of every element (<see cref="RisingState"/>).</summary>
    public static void Rising(ReadOnlySpan<double> source, int length, Span<bool> destination)
    {
        BatchArguments.WindowLength(nameof(Rising), length);
        BatchArguments.SameLength(nameof(Rising), nameof(source), source.Length, nameof(destination), destination.Length);
        var state = new RisingState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    private static void CheckPair(string function, ReadOnlySpan<double> source1, ReadOnlySpan<double> source2, Span<bool> destination)
    {
        BatchArguments.SameLength(function, nameof(source1), source1.Length, nameof(source2), source2.Length);
        BatchArguments.SameLength(function, nameof(source1), source1.Length, nameof(destination), destination.Length);
    }
}
