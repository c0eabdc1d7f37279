namespace ScriptGen.CompilerServices;

/// <summary>
/// A call-site state that can be copied whole, so a strategy with <c>calc_on_order_fills</c> can save
/// it before re-running a bar and put it back afterwards (Pine rolls every <c>var</c> and every
/// function's history back before each re-execution of the script on the same bar).
/// </summary>
/// <remarks>
/// <para>States whose fields hold no references (an EMA's value and seed count) need nothing: the
/// generator copies them as plain structs. A state that owns arrays (rings, windows, trees)
/// implements this interface, because copying the struct would share those arrays.</para>
/// <para>The contract, tested for every state of the <c>ta</c> namespace: after
/// <c>a.CopyTo(ref saved)</c>, any number of updates of <c>a</c>, and <c>saved.CopyTo(ref a)</c>,
/// <c>a</c> behaves on every later update exactly as a state that never saw those updates.
/// A state of a user's own namespace implements it the same way.</para>
/// </remarks>
/// <typeparam name="TSelf">The state struct itself.</typeparam>
public interface IRestorableState<TSelf>
    where TSelf : struct, IRestorableState<TSelf>
{
    /// <summary>
    /// Makes <paramref name="target"/> an independent copy of this state: equal values, no shared
    /// mutable memory. Reuses <paramref name="target"/>'s buffers when their sizes fit, so saving
    /// on every bar that needs it allocates only the first time.
    /// </summary>
    /// <param name="target">The state to overwrite.</param>
    void CopyTo(ref TSelf target);
}
