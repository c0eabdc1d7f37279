using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ScriptGen.Generator;
using ScriptGen.Scripting.Compilation;

namespace ScriptGen.Scripting.Caching;

/// <summary>
/// Computes cache keys. A key is a SHA-256 over: each source's file name and text, in order; the module
/// version ids (MVIDs) of every reference (.NET's reference assemblies, ScriptGen, the option references,
/// the host's script assemblies, each library), of the generator, of Roslyn (Microsoft.CodeAnalysis and
/// Microsoft.CodeAnalysis.CSharp), of this engine, of each analyzer's and the guard's assembly; the trust
/// mode and the types untrusted text is allowed beyond the allow-list; and the language version and compilation options. Everything but the sources, the host's script
/// assemblies and the libraries is fixed per parser and hashed once, when the parser is created.
/// </summary>
internal sealed class CacheKeyBuilder
{
    /// <summary>Bumped when the engine's pipeline changes what the same inputs compile to.</summary>
    private const int FormatVersion = 1;

    private readonly byte[] _settings;

    public CacheKeyBuilder(
        ImmutableArray<MetadataReference> references,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ScriptTrust trust,
        ISourceGuard? guard,
        IReadOnlyList<Type> allowedTypes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendInt(hash, FormatVersion);
        AppendString(hash, "trust=" + trust);
        AppendString(hash, ScriptLanguage.Description);
        AppendInt(hash, references.Length);
        for (int i = 0; i < references.Length; i++)
        {
            bool core = i < CoreReferences.All.Length && ReferenceEquals(references[i], CoreReferences.All[i]);
            AppendGuid(hash, core ? CoreReferences.Mvids[i] : CoreReferences.Mvid(references[i]));
        }

        foreach (Assembly tool in new[] { typeof(ScriptGenerator).Assembly, typeof(Microsoft.CodeAnalysis.Compilation).Assembly, typeof(CSharpCompilation).Assembly, typeof(CacheKeyBuilder).Assembly })
        {
            AppendGuid(hash, tool.ManifestModule.ModuleVersionId);
        }

        AppendInt(hash, analyzers.Length);
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            AppendType(hash, analyzer.GetType());
        }

        AppendString(hash, guard is null ? "no guard" : "guard");
        if (guard is not null)
        {
            AppendType(hash, guard.GetType());
        }

        // The types the host lets untrusted text use widen the allow-list: another list, another key.
        AppendInt(hash, allowedTypes.Count);
        foreach (Type type in allowedTypes.OrderBy(t => t.AssemblyQualifiedName, StringComparer.Ordinal))
        {
            AppendType(hash, type);
        }

        _settings = hash.GetHashAndReset();
    }

    /// <summary>The key of compiling <paramref name="sources"/> with the host's scripts and <paramref name="libraries"/> (transitively closed).</summary>
    public CacheKey Compute(IReadOnlyList<ScriptSource> sources, HostScripts host, IReadOnlyList<CompiledScripts> libraries)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_settings);
        AppendInt(hash, host.Mvids.Length);
        foreach (Guid mvid in host.Mvids)
        {
            AppendGuid(hash, mvid);
        }

        AppendInt(hash, libraries.Count);
        foreach (CompiledScripts library in libraries)
        {
            AppendGuid(hash, library.Mvid);
        }

        AppendInt(hash, sources.Count);
        foreach (ScriptSource source in sources)
        {
            AppendString(hash, source.FileName);
            AppendString(hash, source.Text);
        }

        return new CacheKey(Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static void AppendType(IncrementalHash hash, Type type)
    {
        AppendString(hash, type.FullName ?? type.Name);
        AppendGuid(hash, type.Assembly.ManifestModule.ModuleVersionId);
    }

    private static void AppendInt(IncrementalHash hash, int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }

    private static void AppendGuid(IncrementalHash hash, Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes);
        hash.AppendData(bytes);
    }

    /// <summary>Length-prefixed UTF-16 code units: no two different lists of strings hash the same bytes.</summary>
    private static void AppendString(IncrementalHash hash, string value)
    {
        AppendInt(hash, value.Length);
        hash.AppendData(MemoryMarshal.AsBytes(value.AsSpan()));
    }
}
