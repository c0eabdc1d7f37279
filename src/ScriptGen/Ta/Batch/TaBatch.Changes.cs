namespace ScriptGen.Ta;

// Changes and counts over whole arrays (see TaBatch.cs).
public static partial class TaBatch
{
    /// <summary><c>ta.change(source, length)</c> of every element (<see cref="ChangeState"/>).</summary>
    public static void Change(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        CheckWindowed(nameof(Change), source, length, destination);
        var state = new ChangeState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.mom(source, length)</c> of every element (<see cref="MomState"/>).</summary>
    public static void Mom(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        CheckWindowed(nameof(Mom), source, length, destination);
        var state = new MomState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.roc(source, length)</c> of every element (<see cref="RocState"/>).</summary>
    public static void Roc(ReadOnlySpan<double> source, int length, Span<double> destination)
    {
        CheckWindowed(nameof(Roc), source, length, destination);
        var state = new RocState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i], length);
        }
    }

    /// <summary><c>ta.cum(source)</c> of every element (<see cref="CumState"/>).</summary>
    public static void Cum(ReadOnlySpan<double> source, Span<double> destination)
    {
        BatchArguments.SameLength(nameof(Cum), nameof(source), source.Length, nameof(destination), destination.Length);
        var state = new CumState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(source[i]);
        }
    }

    /// <summary><c>ta.barssince(condition)</c> of every element (<see cref="BarssinceState"/>).</summary>
    public static void Barssince(ReadOnlySpan<bool> condition, Span<double> destination)
    {
        BatchArguments.SameLength(nameof(Barssince), nameof(condition), condition.Length, nameof(destination), destination.Length);
        var state = new BarssinceState();
        for (int i = 0; i < condition.Length; i++)
        {
            destination[i] = state.Update(condition[i]);
        }
    }

    /// <summary><c>ta.valuewhen(condition, source, occurrence)</c> of every element (<see cref="ValuewhenState"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="occurrence"/> is negative.</exception>
    public static void Valuewhen(ReadOnlySpan<bool> condition, ReadOnlySpan<double> source, int occurrence, Span<double> destination)
    {
        BatchArguments.SameLength(nameof(Valuewhen), nameof(source), source.Length, nameof(condition), condition.Length);
        BatchArguments.SameLength(nameof(Valuewhen), nameof(source), source.Length, nameof(destination), destination.Length);
        if (occurrence < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(occurrence), occurrence, $"TaBatch.Valuewhen: occurrence must be 0 or more; got {occurrence}.");
        }

        var state = new ValuewhenState();
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = state.Update(condition[i], source[i], occurrence);
        }
    }

    /// <summary>Checks a one-source windowed function: the destination matches the source, the length is at least 1.</summary>
    private static void CheckWindowed(string function, ReadOnlySpan<double> source, int length, Span<double> destination, string lengthName = "length")
    {
        BatchArguments.WindowLength(function, length, lengthName);
        BatchArguments.SameLength(function, nameof(source), source.Length, nameof(destination), destination.Length);
    }

    /// <summary>Checks that every price column and the destination have the close's length.</summary>
    private static void CheckPrices(string function, ReadOnlySpan<double> close, ReadOnlySpan<double> high, ReadOnlySpan<double> low, int destination)
    {
        BatchArguments.SameLength(function, nameof(close), close.Length, nameof(high), high.Length);
        BatchArguments.SameLength(function, nameof(close), close.Length, nameof(low), low.Length);
        BatchArguments.SameLength(function, nameof(close), close.Length, nameof(destination), destination);
    }
}
