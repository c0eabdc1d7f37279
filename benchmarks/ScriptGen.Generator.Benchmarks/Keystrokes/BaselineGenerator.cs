using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Benchmarks.Keystrokes;

/// <summary>A generator that does nothing: the driver's own cost over the same compilation, which ScriptGen's cost is measured above.</summary>
internal sealed class BaselineGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
