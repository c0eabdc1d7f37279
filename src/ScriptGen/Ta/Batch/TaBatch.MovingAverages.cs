namespace ScriptGen.Ta;

// Moving averages over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.sma(source, length)</c> of every element (<see cref="SmaState"/>).</summary>
    public static void Sma(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Sma), source, length, destination);
        var state = new SmaState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.ema(source, length)</c> of every element (<see cref="EmaState"/>).</summary>
    public static void Ema(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Ema), source, length, destination);
        var state = new EmaState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.rma(source, length)</c> of every element (<see cref="RmaState"/>).</summary>
    public static void Rma(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Rma), source, length, destination);
        var state = new RmaState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.alma(series, length, offset, sigma, floor)</c> of every element (<see cref="AlmaState"/>).</summary>
    public static void Alma(ReadOnlySpan<double> series, int length, double offset, double sigma, bool floor, Span<double> destination)
    {
        Check(nameof(Alma), series, length, destination, nameof(series));
        var state = new AlmaState();
        for (int i = 0; i < series.Length; i++)
        {
            destination[i] = state.Update(series[i], length, offset, sigma, floor);
        }
    }

    /// <summary><c>ta.wma(source, length)</c> of every element (<see cref="WmaState"/>).</summary>
    public static void Wma(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Wma), source, length, destination);
        var state = new WmaState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.hma(source, length)</c> of every element (<see cref="HmaState"/>; length at least 2).</summary>
    public static void Hma(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        Check(nameof(Hma), source, length, destination);
        var state = new HmaState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.swma(source)</c> of every element (<see cref="SwmaState"/>).</summary>
    public static void Swma(ReadOnlySpan<double> source, Span<double> destination)
    {
        BatchArguments.SameLength(nameof(Swma), nameof(source), source.Length, nameof(destination), destination.Length);
        var state = new SwmaState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i]);
        }
    }

    /// <summary><c>ta.vwma(source, length)</c> of every element, with each bar's <paramref name="volume"/> (<see cref="VwmaState"/>).</summary>
    public static void Vwma(ReadOnlySpan<double> source, ReadOnlySpan<double> volume, int length, Span<double> destination)
    {
        Check(nameof(Vwma), source, length, destination);
        BatchArguments.SameLength(nameof(Vwma), nameof(source), source.Length, nameof(volume), volume.Length);
        var state = new VwmaState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], volume[i], length);
        }
    }

    /// <summary>The checks every one-input, one-window function shares.</summary>
    private static void Check(string function, ReadOnlySpan<double> source, int length, Span<double> destination, string sourceName = "source")
    {
        BatchArguments.WindowLength(function, length);
        BatchArguments.SameLength(function, sourceName, source.Length, nameof(destination), destination.Length);
    }
}
