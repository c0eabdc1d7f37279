using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ScriptGen.Scripting.Caching;

/// <summary>
/// Computes the disk cache's quick keys: a key found without setting Roslyn up, so a process that loads a
/// cached script never loads the compiler (about half a second of a cold process). A quick key is a SHA-256
/// over what decides the full key (<see cref="CacheKeyBuilder"/>) for a parser without host scripts, extra
/// analyzers or libraries: the sources; the trust mode and allowed types; the module version ids of the
/// option references and of the files the full key's fixed part comes from (this engine, the ScriptGen
/// runtime, the generator, Roslyn, the .NET reference assemblies' package), read from the files without
/// loading them. The disk cache maps a quick key to the full key it stood for when that was last computed
/// (<see cref="DiskScriptCache.TryReadAlias"/>); anything the quick key does not cover makes the parser skip it.
/// </summary>
internal sealed class QuickKeyBuilder
{
    private const int FormatVersion = 1;

    /// <summary>The files, besides this engine and the runtime, whose builds decide the full key's fixed part.</summary>
    private static readonly string[] s_toolFiles =
        ["ScriptGen.Generator.dll", "Microsoft.CodeAnalysis.dll", "Microsoft.CodeAnalysis.CSharp.dll", "Basic.Reference.Assemblies.Net100.dll"];

    private readonly byte[] _settings;

    private QuickKeyBuilder(byte[] settings) => _settings = settings;

    /// <summary>A builder for a parser with these options, or <c>null</c> when a tool file cannot be found (the full key is used).</summary>
    public static QuickKeyBuilder? TryCreate(ScriptTrust trust, IReadOnlyList<Assembly> references, IReadOnlyList<Type> allowedTypes)
    {
        string[]? toolPaths = FindToolFiles();
        if (toolPaths is null)
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendInt(hash, FormatVersion);
        AppendString(hash, "trust=" + trust);
        AppendGuid(hash, typeof(QuickKeyBuilder).Assembly.ManifestModule.ModuleVersionId);
        AppendGuid(hash, typeof(Script).Assembly.ManifestModule.ModuleVersionId);
        foreach (string path in toolPaths)
        {
            if (ReadMvid(path) is not { } mvid)
            {
                return null;
            }

            AppendGuid(hash, mvid);
        }

        Assembly[] distinct = references.Distinct().ToArray();
        AppendInt(hash, distinct.Length);
        foreach (Assembly reference in distinct)
        {
            AppendGuid(hash, reference.ManifestModule.ModuleVersionId);
        }

        IReadOnlyList<Type> allowed = trust == ScriptTrust.Trusted ? [] : allowedTypes;
        AppendInt(hash, allowed.Count);
        foreach (Type type in allowed.OrderBy(t => t.AssemblyQualifiedName, StringComparer.Ordinal))
        {
            AppendString(hash, type.FullName ?? type.Name);
            AppendGuid(hash, type.Assembly.ManifestModule.ModuleVersionId);
        }

        return new QuickKeyBuilder(hash.GetHashAndReset());
    }

    /// <summary>The quick key of compiling <paramref name="sources"/> (no host scripts, no libraries).</summary>
    public string Compute(IReadOnlyList<ScriptSource> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_settings);
        AppendInt(hash, sources.Count);
        foreach (ScriptSource source in sources)
        {
            AppendString(hash, source.FileName);
            AppendString(hash, source.Text);
        }

        return "q" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The tool files the default load context resolves (the app's trusted platform assemblies, as a
    /// framework-dependent app or a test host has them), or <c>null</c> when one is not listed there.
    /// </summary>
    private static string[]? FindToolFiles()
    {
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is not string list)
        {
            return null;
        }

        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            byName.TryAdd(Path.GetFileName(path), path);
        }

        var found = new string[s_toolFiles.Length];
        for (int i = 0; i < s_toolFiles.Length; i++)
        {
            if (!byName.TryGetValue(s_toolFiles[i], out string? path))
            {
                return null;
            }

            found[i] = path;
        }

        return found;
    }

    private static Guid? ReadMvid(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            MetadataReader metadata = reader.GetMetadataReader();
            return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            return null;
        }
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

    private static void AppendString(IncrementalHash hash, string value)
    {
        AppendInt(hash, value.Length);
        hash.AppendData(MemoryMarshal.AsBytes(value.AsSpan()));
    }
}
