namespace ScriptGen.CompilerServices;

/// <summary>
/// On a namespace facade method: the call is plain. The facade computes it itself from its arguments
/// (through the registered namespace's virtual method, so an override is still honoured), it keeps no
/// call-site state and reads no bar value, so the generator does not intercept it and none of the
/// call-site rules apply: it may be called in loops, lambdas, helpers and other classes.
/// <c>math.Abs</c> is plain; <c>math.Sum</c>, which keeps a rolling window per call site, is not.
/// </summary>
/// <remarks>
/// A facade method without this attribute is intercepted per call site and bound to its namespace's
/// core method by convention (see <see cref="ImplicitArgumentAttribute"/>); its own body only runs
/// when the call was not compiled by the generator.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PlainCallAttribute : Attribute
{
}
