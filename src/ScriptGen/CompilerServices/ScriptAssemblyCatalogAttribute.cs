using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace ScriptGen.CompilerServices;

/// <summary>
/// Names an assembly's <see cref="IScriptAssemblyCatalog"/> (emitted by the generator), so a host
/// finds the scripts of an assembly it loaded with one attribute lookup.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScriptAssemblyCatalogAttribute : Attribute
{
    /// <summary>Names the catalog type.</summary>
    public ScriptAssemblyCatalogAttribute(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] Type catalogType)
    {
        CatalogType = catalogType;
    }

    /// <summary>The generated catalog class, with a public parameterless constructor.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
    public Type CatalogType { get; }

    /// <summary>The scripts of <paramref name="assembly"/>, or an empty list when it holds none.</summary>
    public static IReadOnlyList<ScriptDefinition> ScriptsOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (assembly.GetCustomAttribute<ScriptAssemblyCatalogAttribute>() is not { } attribute)
        {
            return [];
        }

        var catalog = (IScriptAssemblyCatalog)Activator.CreateInstance(attribute.CatalogType)!;
        return catalog.Scripts;
    }
}
