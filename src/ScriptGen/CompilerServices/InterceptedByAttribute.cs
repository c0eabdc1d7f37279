using System.ComponentModel;

namespace ScriptGen.CompilerServices;

/// <summary>
/// On a namespace facade method (<c>PineTa.Sma</c>): the class whose static method of the same name the
/// generated interceptor of each call site calls, with the script, the registered namespace, the call
/// site's state (when the adapter takes one by <c>ref</c>) and the call's arguments. The adapters are
/// generated from the function's declaration with the facade and the core method, so they always agree.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class InterceptedByAttribute : Attribute
{
    /// <summary>Names the adapter class.</summary>
    public InterceptedByAttribute(Type adapters) => Adapters = adapters;

    /// <summary>The class holding the adapters (<c>TaCalls</c>).</summary>
    public Type Adapters { get; }
}
