using System.Security.Cryptography;
using System.Text.Json;
using ScriptGen.Scripting.Compilation;

namespace ScriptGen.Scripting.Caching;

/// <summary>
/// Compiled sets on disk, shared by processes: <c>{key}.dll</c>, <c>{key}.pdb</c> and <c>{key}.json</c>
/// (<see cref="DiskCacheManifest"/>, written last), and <c>{quick key}.key</c> naming the full key a quick key stood for. Each file is written to a temporary name and moved
/// into place, so a reader never sees half a file; concurrent writers of one key write the same bytes
/// (compilation is deterministic), so whichever move lands last is right. An entry that is missing a
/// file, does not parse, or whose files do not match the manifest's hashes is a miss, and is rewritten
/// by the compilation that follows. The cache is best effort: a failure to write is ignored.
/// </summary>
internal sealed class DiskScriptCache
{
    private const int Format = 1;

    public DiskScriptCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The cache folder (full path).</summary>
    public string Directory { get; }

    /// <summary>The path of the entry's file with <paramref name="extension"/> (<c>.dll</c>, <c>.pdb</c>, <c>.json</c>).</summary>
    public string PathOf(CacheKey key, string extension) => Path.Combine(Directory, key.Value + extension);

    /// <summary>The entry of <paramref name="key"/>, or <c>null</c> when there is none or it is damaged.</summary>
    public CompiledImage? TryRead(CacheKey key)
    {
        try
        {
            string manifestPath = PathOf(key, ".json");
            if (!File.Exists(manifestPath))
            {
                return null;
            }

            DiskCacheManifest? manifest = JsonSerializer.Deserialize(File.ReadAllBytes(manifestPath), DiskCacheJson.Default.DiskCacheManifest);
            if (manifest is null || manifest.Format != Format || manifest.Key != key.Value)
            {
                return null;
            }

            byte[] assembly = File.ReadAllBytes(PathOf(key, ".dll"));
            byte[] symbols = File.ReadAllBytes(PathOf(key, ".pdb"));
            if (Sha256(assembly) != manifest.AssemblySha256 || Sha256(symbols) != manifest.SymbolsSha256)
            {
                return null;
            }

            return new CompiledImage(assembly, symbols, manifest.Warnings.Select(w => w.ToDiagnostic()).ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the entry of <paramref name="key"/>: the assembly, the symbols, then the manifest that validates them.</summary>
    public void Write(CacheKey key, CompiledImage image)
    {
        var manifest = new DiskCacheManifest
        {
            Format = Format,
            Key = key.Value,
            AssemblySha256 = Sha256(image.Assembly),
            SymbolsSha256 = Sha256(image.Symbols),
            Warnings = image.Warnings.Select(CachedDiagnostic.From).ToList(),
        };

        try
        {
            WriteAtomically(PathOf(key, ".dll"), image.Assembly);
            WriteAtomically(PathOf(key, ".pdb"), image.Symbols);
            WriteAtomically(PathOf(key, ".json"), JsonSerializer.SerializeToUtf8Bytes(manifest, DiskCacheJson.Default.DiskCacheManifest));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: another process may hold the file (Windows), or the folder may be read-only.
            // The next process compiles again.
        }
    }

    /// <summary>
    /// The full key a quick key (<see cref="QuickKeyBuilder"/>) stood for when it was last written, or <c>null</c>.
    /// Only a name: <see cref="TryRead"/> still checks the entry it names.
    /// </summary>
    public CacheKey? TryReadAlias(string quickKey)
    {
        try
        {
            string path = Path.Combine(Directory, quickKey + ".key");
            if (!File.Exists(path))
            {
                return null;
            }

            string value = File.ReadAllText(path).Trim();
            return value.Length == 64 && value.All(char.IsAsciiHexDigitLower) ? new CacheKey(value) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes <c>{quickKey}.key</c>, naming <paramref name="key"/> (best effort, like <see cref="Write"/>).</summary>
    public void WriteAlias(string quickKey, CacheKey key)
    {
        try
        {
            WriteAtomically(Path.Combine(Directory, quickKey + ".key"), System.Text.Encoding.ASCII.GetBytes(key.Value));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next process computes the full key.
        }
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
