namespace ScriptGen.Ta;

// Oscillators over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.rsi(source, length)</c> of every element (<see cref="RsiState"/>).</summary>
    public static void Rsi(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Rsi), source, length, destination);
        var state = new RsiState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.mfi(series, length)</c> of every element, with each bar's <paramref name="volume"/> (<see cref="MfiState"/>).</summary>
    public static void Mfi(ReadOnlySpan<double> series, ReadOnlySpan<double> volume, int length, Span<double> destination)
    {
        Check(nameof(Mfi), series, length, destination, nameof(series));
        BatchArguments.SameLength(nameof(Mfi), nameof(series), series.Length, nameof(volume), volume.Length);
        var state = new MfiState();
        for (int i = 0; i < series.Length; i++)
        {
            destination[i] = state.Update(series[i], volume[i], length);
        }
    }

    /// <summary><c>ta.stoch(source, high, low, length)</c> of every element (<see cref="StochState"/>).</summary>
    public static void Stoch(
        ReadOnlySpan<double> source, ReadOnlySpan<double> high, ReadOnlySpan<double> low, int length, Span<double> destination)
    {
        Check(nameof(Stoch), source, length, destination);
        BatchArguments.SameLength(nameof(Stoch), nameof(source), source.Length, nameof(high), high.Length);
        BatchArguments.SameLength(nameof(Stoch), nameof(source), source.Length, nameof(low), low.Length);
        var state = new StochState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], high[i], low[i], length, i);
        }
    }

    /// <summary><c>ta.cmo(series, length)</c> of every element (<see cref="CmoState"/>).</summary>
    public static void Cmo(ReadOnlySpan<double> series, int length, Span<double> destination)
    {
        Check(nameof(Cmo), series, length, destination, nameof(series));
        var state = new CmoState();
        for (int i = 0; i < series.Length; i++)
        {
            destination[i] = state.Update(series[i], length);
        }
    }

    /// <summary><c>ta.cci(source, length)</c> of every element (<see cref="CciState"/>).</summary>
    public static void Cci(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Cci), source, length, destination);
        var state = new CciState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.cog(source, length)</c> of every element (<see cref="CogState"/>).</summary>
    public static void Cog(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Cog), source, length, destination);
        var state = new CogState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.wpr(length)</c> of every bar (<see cref="WprState"/>).</summary>
    public static void Wpr(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int length, Span<double> destination)
    {
        CheckPrices(nameof(Wpr), close, high, low, destination.Length);
        BatchArguments.WindowLength(nameof(Wpr), length);
        var state = new WprState();
        for (int i = 0; i < close.Length; i++)
        {
            destination[i] = state.Update(high[i], low[i], close[i], length, i);
        }
    }

    /// <summary>
    /// <c>ta.macd(source, fastlen, slowlen, siglen)</c> of every element (<see cref="MacdState"/>): the
    /// line, signal and histogram into their own destinations.
    /// </summary>
    public static void Macd(
        ReadOnlySpan<double> source,
        int fastLength,
        int slowLength,
        int signalLength,
        Span<double> macd,
        Span<double> signal,
        Span<double> histogram)
    {
        BatchArguments.WindowLength(nameof(Macd), fastLength, nameof(fastLength));
        BatchArguments.WindowLength(nameof(Macd), slowLength, nameof(slowLength));
        BatchArguments.WindowLength(nameof(Macd), signalLength, nameof(signalLength));
        BatchArguments.SameLength(nameof(Macd), nameof(source), source.Length, nameof(macd), macd.Length);
        BatchArguments.SameLength(nameof(Macd), nameof(source), source.Length, nameof(signal), signal.Length);
        BatchArguments.SameLength(nameof(Macd), nameof(source), source.Length, nameof(histogram), histogram.Length);
        var state = new MacdState();
        for (int i = 0; i < source.Length; i++)
        {
            (macd[i], signal[i], histogram[i]) = state.Update(source[i], fastLength, slowLength, signalLength);
        }
    }
}
