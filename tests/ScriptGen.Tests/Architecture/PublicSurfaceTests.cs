using System.ComponentModel;
using System.Reflection;

namespace ScriptGen.Tests.Architecture;

/// <summary>
/// Rules of the public surface that the API baseline (api/ScriptGen.txt) cannot state by itself
/// (docs/architecture.md, "The public surface").
/// </summary>
public sealed class PublicSurfaceTests
{
    /// <summary>
    /// Public types of <c>ScriptGen.CompilerServices</c> that users do reach: a state a namespace author
    /// makes restorable, and the catalog a host that loads script assemblies reads.
    /// </summary>
    private static readonly HashSet<Type> s_visibleCompilerServices =
    [
        typeof(CompilerServices.IRestorableState<>),
        typeof(CompilerServices.IScriptAssemblyCatalog),
    ];

    [Fact]
    public void What_only_generated_code_calls_is_hidden_from_completion()
    {
        Type[] shown = [.. typeof(Bars).Assembly.GetExportedTypes()
            .Where(type => type.Namespace == "ScriptGen.CompilerServices" && !s_visibleCompilerServices.Contains(type))
            .Where(type => type.GetCustomAttribute<EditorBrowsableAttribute>()?.State != EditorBrowsableState.Never)];

        Assert.Empty(shown);
    }

    [Fact]
    public void The_broker_is_reached_only_through_its_interfaces()
    {
        string[] trading = [.. typeof(Bars).Assembly.GetExportedTypes()
            .Where(type => type.Namespace == "ScriptGen.Trading")
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal)];

        Assert.Equal(["IOrderBook", "IStrategyAccount"], trading);
    }
}
