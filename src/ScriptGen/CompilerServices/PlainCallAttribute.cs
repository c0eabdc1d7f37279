using System.ComponentModel;

namespace ScriptGen.CompilerServices;

/// <summary>
/// On a namespace facade method: the call is plain. The facade computes it itself from its arguments
/// (through the registered namespace's virtual method, so an override is still honoured), it keeps no
/// call-site state and reads no bar value, so the generator does not intercept it and none of the
/// call-site rules apply: it may be called in loops, lambdas, helpers and other classes.
/// <c>math.Abs</c> is plain; <c>math.Sum</c>, which keeps a rolling window per call site, is not.
/// </summary>
/// <remarks>
/// A facade method without this attribute is generated from a <c>[PineFunction]</c> declaration and
/// intercepted per call site through its adapter (<see cref="InterceptedByAttribute"/>); its own body only
/// runs when the call was not compiled by the generator. A hand-written facade method that is neither is a
/// build error of ScriptGen (SGR001).
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PlainCallAttribute : Attribute
{
}
