namespace ScriptGen.Ta;

// Channels over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary>
    /// <c>ta.kc(series, length, mult, useTrueRange)</c> of every bar (<see cref="KcState"/>): the middle,
    /// upper and lower lines into their own destinations.
    /// </summary>
    public static void Kc(
        ReadOnlySpan<double> series, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int length, double mult, bool useTrueRange, Span<double> middle, Span<double> upper, Span<double> lower)
    {
        BatchArguments.WindowLength(nameof(Kc), length);
        CheckPrices(nameof(Kc), close, high, low, middle.Length);
        BatchArguments.SameLength(nameof(Kc), nameof(close), close.Length, nameof(series), series.Length);
        BatchArguments.SameLength(nameof(Kc), nameof(close), close.Length, nameof(upper), upper.Length);
        BatchArguments.SameLength(nameof(Kc), nameof(close), close.Length, nameof(lower), lower.Length);
        var state = new KcState();
        double previousClose = double.NaN;
        for (int i = 0; i < close.Length; i++)
        {
            double c = close[i];
            (middle[i], upper[i], lower[i]) = state.Update(series[i], high[i], low[i], previousClose, length, mult, useTrueRange);
            previousClose = c;
        }
    }

    /// <summary><c>ta.kcw(series, length, mult, useTrueRange)</c> of every bar (<see cref="KcwState"/>).</summary>
    public static void Kcw(
        ReadOnlySpan<double> series, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int length, double mult, bool useTrueRange, Span<double> destination)
    {
        BatchArguments.WindowLength(nameof(Kcw), length);
        CheckPrices(nameof(Kcw), close, high, low, destination.Length);
        BatchArguments.SameLength(nameof(Kcw), nameof(close), close.Length, nameof(series), series.Length);
        var state = new KcwState();
        double previousClose = double.NaN;
        for (int i = 0; i < close.Length; i++)
        {
            double c = close[i];
            destination[i] = state.Update(series[i], high[i], low[i], previousClose, length, mult, useTrueRange);
            previousClose = c;
        }
    }
}
