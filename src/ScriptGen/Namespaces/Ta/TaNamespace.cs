namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's <c>ta</c> namespace: the implementation behind a script's <c>ta.*</c> calls. Stateless
/// (each call site's state is passed by <c>ref</c> from the script), so one instance serves any
/// number of parallel runs.
/// </summary>
/// <remarks>
/// To change how a function computes for the scripts of an engine, subclass this, override the
/// function, and register the instance under <c>"ta"</c>
/// (<see cref="RuntimeEnvironment.RegisterNamespace"/>). Every <c>ta</c> call of those scripts,
/// intercepted ones included, then goes through the override. Scripts call the facade,
/// <see cref="PineTa"/>; each method here is the facade method of the same name with the call
/// site's state first and the bar values it needs spelled out.
/// </remarks>
public partial class TaNamespace
{
    /// <summary>The shared default instance.</summary>
    public static TaNamespace Default { get; } = new();
}
