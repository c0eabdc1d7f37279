namespace ScriptGen.Ta;

// Bands over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary>
    /// <c>ta.bb(series, length, mult)</c> of every element (<see cref="BbState"/>): the middle, upper and
    /// lower bands into their own destinations.
    /// </summary>
    public static void Bb(ReadOnlySpan<double> series, int length, double mult, Span<double> middle, Span<double> upper, Span<double> lower)
    {
        Check(nameof(Bb), series, length, middle, nameof(series));
        BatchArguments.SameLength(nameof(Bb), nameof(series), series.Length, nameof(upper), upper.Length);
        BatchArguments.SameLength(nameof(Bb), nameof(series), series.Length, nameof(lower), lower.Length);
        var state = new BbState();
        for (int i = 0; i < series.Length; i++)
        {
            (middle[i], upper[i], lower[i]) = state.Update(series[i], length, mult);
        }
    }

    /// <summary><c>ta.bbw(series, length, mult)</c> of every element (<see cref="BbwState"/>).</summary>
    public static void Bbw(ReadOnlySpan<double> series, int length, double mult, Span<double> destination)
    {
        Check(nameof(Bbw), series, length, destination, nameof(series));
        var state = new BbwState();
        for (int i = 0; i < series.Length; i++)
        {
            destination[i] = state.Update(series[i], length, mult);
        }
    }
}
