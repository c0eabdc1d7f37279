namespace ScriptGen.Ta;

// Volume variables over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.iii</c> of every bar (<see cref="IntradayIntensity"/>).</summary>
    public static void Iii(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> destination)
    {
        CheckPrices(nameof(Iii), close, high, low, destination.Length);
        BatchArguments.SameLength(nameof(Iii), nameof(close), close.Length, nameof(volume), volume.Length);
        for (int i = 0; i < close.Length; i++)
        {
            destination[i] = IntradayIntensity.Compute(high[i], low[i], close[i], volume[i]);
        }
    }

    /// <summary><c>ta.nvi</c> of every bar (<see cref="NviState"/>).</summary>
    public static void Nvi(ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> destination)
    {
        CheckCloseVolume(nameof(Nvi), close, volume, destination);
        var state = new NviState();
        for (int i = 0; i < close.Length; i++)
        {
            destination[i] = state.Update(close[i], volume[i]);
        }
    }

    /// <summary><c>ta.obv</c> of every bar (<see cref="ObvState"/>).</summary>
    public static void Obv(ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> destination)
    {
        CheckCloseVolume(nameof(Obv), close, volume, destination);
        var state = new ObvState();
        double previousClose = double.NaN;
        for (int i = 0; i < close.Length; i++)
        {
            double c = close[i];
            destination[i] = state.Update(c, previousClose, volume[i]);
            previousClose = c;
        }
    }

    private static void CheckCloseVolume(string function, ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> destination)
    {
        BatchArguments.SameLength(function, nameof(close), close.Length, nameof(volume), volume.Length);
        BatchArguments.SameLength(function, nameof(close), close.Length, nameof(destination), destination.Length);
    }
}
