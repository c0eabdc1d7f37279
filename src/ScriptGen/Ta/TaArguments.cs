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
    /// <param name="function">The Pine function without its namespace (<c>sma</c>).</param>
    /// <param name="length">The length passed on this call.</param>
    /// <param name="fixedLength">The call site's length, 0 before its first call.</param>
    /// <param name="pineNamespace">The Pine namespace the messages name (<c>ta</c>, <c>math</c>).</param>
    /// <param name="parameter">The parameter the messages name.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckLength(string function, int length, ref int fixedLength, string pineNamespace = "ta", string parameter = "length")
    {
        // fixedLength is 0 until the first call, which always takes the checking path.
        if (length != fixedLength || fixedLength == 0)
        {
            FirstOrChangedLength(function, length, ref fixedLength, pineNamespace, parameter);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FirstOrChangedLength(string function, int length, ref int fixedLength, string pineNamespace, string parameter)
    {
        if (length < 1)
        {
            throw new ArgumentOutOfRangeException(
                parameter, length, $"{pineNamespace}.{function}: {parameter} must be at least 1; got {length}.");
        }

        if (fixedLength != 0)
        {
            throw new ArgumentException(
                $"{pineNamespace}.{function}: this call site was first called with {parameter} {fixedLength} and now with {length}. " +
                $"A {parameter} that changes between bars is not supported; pass a constant or an input.",
                parameter);
        }

        fixedLength = length;
    }
}
