namespace ScriptGen.Ta;

// Trend indicators over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.dmi(diLength, adxSmoothing)</c> of every bar (<see cref="DmiState"/>): +DI, -DI and ADX into their own destinations.</summary>
    public static void Dmi(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int diLength, int adxSmoothing,
        Span<double> plus, Span<double> minus, Span<double> adx)
    {
        BatchArguments.WindowLength(nameof(Dmi), diLength, nameof(diLength));
        BatchArguments.WindowLength(nameof(Dmi), adxSmoothing, nameof(adxSmoothing));
        CheckPrices(nameof(Dmi), close, high, low, plus.Length);
        BatchArguments.SameLength(nameof(Dmi), nameof(close), close.Length, nameof(minus), minus.Length);
        BatchArguments.SameLength(nameof(Dmi), nameof(close), close.Length, nameof(adx), adx.Length);
        var state = new DmiState();
        double previousClose = double.NaN;
        for (int i = 0; i < close.Length; i++)
        {
            double c = close[i];
            (plus[i], minus[i], adx[i]) = state.Update(high[i], low[i], previousClose, diLength, adxSmoothing);
            previousClose = c;
        }
    }

    /// <summary><c>ta.sar(start, inc, max)</c> of every bar (<see cref="SarState"/>).</summary>
    public static void Sar(ReadOnlySpan<double> high, ReadOnlySpan<double> low, double start, double inc, double max, Span<double> destination)
    {
        BatchArguments.SameLength(nameof(Sar), nameof(high), high.Length, nameof(low), low.Length);
        BatchArguments.SameLength(nameof(Sar), nameof(high), high.Length, nameof(destination), destination.Length);
        var state = new SarState();
        for (int i = 0; i < high.Length; i++)
        {
            destination[i] = state.Update(high[i], low[i], start, inc, max);
        }
    }

    /// <summary><c>ta.supertrend(factor, atrPeriod)</c> of every bar (<see cref="SupertrendState"/>): the line and the direction.</summary>
    public static void Supertrend(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, double factor, int atrPeriod,
        Span<double> value, Span<int> direction)
    {
        BatchArguments.WindowLength(nameof(Supertrend), atrPeriod, nameof(atrPeriod));
        CheckPrices(nameof(Supertrend), close, high, low, value.Length);
        BatchArguments.SameLength(nameof(Supertrend), nameof(close), close.Length, nameof(direction), direction.Length);
        var state = new SupertrendState();
        double previousClose = double.NaN;
        for (int i = 0; i < close.Length; i++)
        {
            double c = close[i];
            (value[i], direction[i]) = state.Update(high[i], low[i], c, previousClose, (high[i] + low[i]) / 2, factor, atrPeriod);
            previousClose = c;
        }
    }

    /// <summary><c>ta.tsi(source, short_length, long_length)</c> of every element (<see cref="TsiState"/>).</summary>
    public static void Tsi(ReadOnlySpan<double> source, int shortLength, int longLength, Span<double> destination)
    {
        CheckWindowed(nameof(Tsi), source, shortLength, destination, nameof(shortLength));
        BatchArguments.WindowLength(nameof(Tsi), longLength, nameof(longLength));
        var state = new TsiState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], shortLength, longLength);
        }
    }
}
