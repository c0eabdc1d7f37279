using ScriptGen.Namespaces;

namespace ScriptGen.Benchmarks;

/// <summary>
/// A registered <c>ta</c> that overrides nothing: running a script with it measures what a
/// non-default <c>ta</c> costs through the call path alone (docs/architecture.md, decisions: a registered
/// override must be honoured by intercepted calls; measure both), not the cost of any override's math.
/// </summary>
internal sealed class PassThroughTa : TaNamespace
{
}
