using System.Runtime.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>Argument checks shared by the <c>ta</c> states, with messages that name the Pine function.</summary>
internal static class TaArguments
{
    /// <summary>
    /// Checks that <paramref name="length"/> is at least 1 and, once a call site has run, that it has
    /// not changed: the streaming states keep windows sized on the first call, so a length that
    /// changes between bars is rejected rather than silently giving a different window.
    /// </summary>
    /// <remarks>Prefer <see cref="Checked(string, int, int)"/> in a state's hot path (see there).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckLength(string function, int length, ref int fixedLength)
    {
        // fixedLength is 0 until the first call, which always takes the checking path.
        if (length != fixedLength || fixedLength == 0)
        {
            FirstOrChangedLength(function, nameof(length), length, ref fixedLength);
        }
    }

    /// <summary>
    /// The same check, by value: returns the call site's fixed length (<paramref name="length"/>) for
    /// the caller to store. States use this form because a <c>ref</c> to one of their fields would
    /// make the JIT keep the whole state in memory instead of registers when it is a local
    /// (<see cref="TaBatch"/>, user loops).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Checked(string function, int length, int fixedLength)
    {
        if (length != fixedLength || fixedLength == 0)
        {
            FirstOrChangedLength(function, nameof(length), length, ref fixedLength);
        }

        return length;
    }

    /// <summary>
    /// <see cref="Checked(string, int, int)"/> for a length parameter with another name
    /// (<c>fastLength</c> of <c>ta.macd</c>, ...), which the message names.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Checked(string function, string parameter, int length, int fixedLength)
    {
        if (length != fixedLength || fixedLength == 0)
        {
            FirstOrChangedLength(function, parameter, length, ref fixedLength);
        }

        return length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FirstOrChangedLength(string function, string parameter, int length, ref int fixedLength)
    {
        if (length < 1)
        {
            throw new ArgumentOutOfRangeException(
                parameter, length, $"ta.{function}: {parameter} must be at least 1; got {length}.");
        }

        if (fixedLength != 0)
        {
            throw new ArgumentException(
                $"ta.{function}: this call site was first called with {parameter} {fixedLength} and now with {length}. " +
                "A length that changes between bars is not supported; pass a constant or an input.",
                parameter);
        }

        fixedLength = length;
    }
}
