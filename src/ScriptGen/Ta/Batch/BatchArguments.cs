namespace ScriptGen.Ta;

/// <summary>Argument checks of <see cref="TaBatch"/>, with messages that name the function and the parameters.</summary>
internal static class BatchArguments
{
    /// <summary>Throws unless <paramref name="actual"/> elements match the <paramref name="expected"/> of <paramref name="reference"/>.</summary>
    public static void SameLength(string function, string reference, int expected, string parameter, int actual)
    {
        if (actual != expected)
        {
            throw new ArgumentException(
                $"TaBatch.{function}: {parameter} has {actual} elements but {reference} has {expected}; they must have the same length.",
                parameter);
        }
    }

    /// <summary>Throws unless <paramref name="length"/> (a window length named <paramref name="parameter"/>) is at least 1.</summary>
    public static void WindowLength(string function, int length, string parameter = "length")
    {
        if (length < 1)
        {
            throw new ArgumentOutOfRangeException(parameter, length, $"TaBatch.{function}: {parameter} must be at least 1; got {length}.");
        }
    }
}
