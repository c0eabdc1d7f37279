using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// Argument checks shared by the <c>ta</c> and <c>math</c> states, with messages that name the Pine
/// function: <c>function</c> is its name in <c>ta</c> (<c>"sma"</c>) or, for another namespace, its
/// qualified name (<c>"math.sum"</c>).
/// </summary>
internal static class TaArguments
{
    /// <summary>
    /// Checks that <paramref name="length"/> is at least 1 and, once a call site has run, that it has
    /// not changed: the streaming states keep windows sized on the first call, so a length that
    /// changes between bars is rejected rather than silently giving a different window. Returns the
    /// call site's fixed length (<paramref name="length"/>) for the caller to store
    /// (<paramref name="fixedLength"/> is 0 before the first call). By value rather than through a
    /// <c>ref</c> to the state's field, which would make the JIT keep the whole state in memory
    /// instead of registers when it is a local (<see cref="TaBatch"/>, user loops).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Checked(string function, int length, int fixedLength) =>
        Checked(function, nameof(length), length, fixedLength);

    /// <summary>
    /// <see cref="Checked(string, int, int)"/> for a length parameter with another name
    /// (<c>fastLength</c> of <c>ta.macd</c>, ...), which the message names.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Checked(string function, string parameter, int length, int fixedLength)
    {
        // The only call on this path is one that never returns. A call that returns, even on a path
        // taken once, makes the JIT save every floating-point value the caller's loop carries around
        // it (all of them are caller-saved), and it then keeps them in memory for the whole loop:
        // a store-to-load round trip on each state's dependency chain, every bar.
        if (length < 1 || (length != fixedLength && fixedLength != 0))
        {
            ThrowInvalidLength(function, parameter, length, fixedLength);
        }

        return length;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInvalidLength(string function, string parameter, int length, int fixedLength)
    {
        function = function.Contains('.') ? function : "ta." + function;
        if (length < 1)
        {
            throw new ArgumentOutOfRangeException(
                parameter, length, $"{function}: {parameter} must be at least 1; got {length}.");
        }

        throw new ArgumentException(
            $"{function}: this call site was first called with {parameter} {fixedLength} and now with {length}. " +
            "A length that changes between bars is not supported; pass a constant or an input.",
            parameter);
    }
}
