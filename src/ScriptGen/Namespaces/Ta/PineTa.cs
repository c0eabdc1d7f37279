using System.ComponentModel;

namespace ScriptGen.Namespaces;

/// <summary>
/// A script's view of Pine's <c>ta</c> namespace: what <c>ta.Ema(close, 9)</c> calls. Every call
/// site gets its own state (Pine's rule) through a generated interceptor, so these methods are only
/// meaningful inside a script compiled by the ScriptGen generator, called on the script's own
/// <c>ta</c>.
/// </summary>
/// <remarks>
/// A call site's state advances only on bars where the call runs, as in Pine; the generator reports
/// calls in loops, lambdas and local functions, where one call site would run several times a bar.
/// </remarks>
public readonly partial struct PineTa
{
    internal PineTa(Script owner, TaNamespace implementation)
    {
        Owner = owner;
        Namespace = implementation;
    }

    /// <summary>The script making the calls (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Script Owner { get; }

    /// <summary>The registered <c>ta</c> implementation (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TaNamespace Namespace { get; }
}
