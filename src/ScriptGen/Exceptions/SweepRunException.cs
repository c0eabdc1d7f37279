namespace ScriptGen;

/// <summary>
/// A run of a sweep failed: its inputs were out of range or its script failed on a bar. The message names the run,
/// its symbol and inputs; <see cref="Exception.InnerException"/> is the failure itself (an
/// <see cref="InputValidationException"/>, a <see cref="ScriptRuntimeException"/>, ...).
/// </summary>
public sealed class SweepRunException : ScriptEngineException
{
    /// <summary>Creates the exception for run <paramref name="runIndex"/>.</summary>
    public SweepRunException(int runIndex, int gridIndex, string ticker, object? inputs, ScriptEngineException failure)
        : base($"Run {runIndex} of the sweep (grid entry {gridIndex}, {ticker}, {Describe(inputs)}) failed: {failure.Message}", failure)
    {
        RunIndex = runIndex;
        GridIndex = gridIndex;
        Ticker = ticker;
        Inputs = inputs;
    }

    /// <summary>The run's place in the sweep (<see cref="SweepRun{TInputs}.Index"/>).</summary>
    public int RunIndex { get; }

    /// <summary>The place of its inputs in the grid.</summary>
    public int GridIndex { get; }

    /// <summary>The symbol it ran on.</summary>
    public string Ticker { get; }

    /// <summary>The inputs it ran with.</summary>
    public object? Inputs { get; }

    /// <summary>A generated inputs record prints its values itself; input overrides print as <c>Name = value</c> pairs.</summary>
    private static string Describe(object? inputs) => inputs is IReadOnlyDictionary<string, object?> overrides
        ? "{ " + string.Join(", ", overrides.Select(pair => $"{pair.Key} = {pair.Value}")) + " }"
        : inputs?.ToString() ?? "no inputs";
}
