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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckLength(string function, int length, ref int fixedLength)
    {
        // fixedLength is 0 until the first call, which always takes the checking path.
        if (length != fixedLength || fixedLength == 0)
        {
            FirstOrChangedLength(function, length, ref fixedLength);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FirstOrChangedLength(string function, int length, ref int fixedLength)
    {
        if (length < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(length), length, $"ta.{function}: length must be at least 1; got {length}.");
        }

        if (fixedLength != 0)
        {
            throw new ArgumentException(
                $"ta.{function}: this call site was first called with length {fixedLength} and now with {length}. " +
                "A length that changes between bars is not supported; pass a constant or an input.",
                nameof(length));
        }

        fixedLength = length;
    }
}
