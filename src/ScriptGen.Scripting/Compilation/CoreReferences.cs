using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Scripting.Compilation;

/// <summary>
/// The references every compilation gets: the .NET 10 reference assemblies and the ScriptGen runtime.
/// Created once per process and shared by every compilation (metadata references are immutable).
/// </summary>
internal static class CoreReferences
{
    /// <summary>.NET 10's reference assemblies, then the runtime <c>ScriptGen.dll</c>.</summary>
    public static ImmutableArray<MetadataReference> All { get; } =
        [.. Net100.References.All, FromAssembly(typeof(Script).Assembly, "the ScriptGen runtime")];

    /// <summary>The module version ids of <see cref="All"/>, in order (read once per process).</summary>
    public static ImmutableArray<Guid> Mvids { get; } = [.. All.Select(Mvid)];

    /// <summary>A reference to a loaded assembly, read from the file it was loaded from.</summary>
    /// <exception cref="ArgumentException">The assembly was not loaded from a file.</exception>
    public static MetadataReference FromAssembly(Assembly assembly, string role)
    {
        ReferenceFiles.Require(assembly, role);
        return MetadataReference.CreateFromFile(assembly.Location);
    }

    /// <summary>The module version id of a file or image reference (a new one with each build of that assembly).</summary>
    public static Guid Mvid(MetadataReference reference) => reference switch
    {
        PortableExecutableReference file => file.GetMetadata() switch
        {
            AssemblyMetadata assembly => assembly.GetModules()[0].GetModuleVersionId(),
            ModuleMetadata module => module.GetModuleVersionId(),
            var other => throw new NotSupportedException($"Metadata of kind {other.Kind} has no module version id."),
        },
        _ => throw new NotSupportedException($"Only file and image references are supported, not {reference.GetType().Name}."),
    };
}
