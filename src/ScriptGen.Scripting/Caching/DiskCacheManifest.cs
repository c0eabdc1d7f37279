using System.Text.Json.Serialization;

namespace ScriptGen.Scripting.Caching;

/// <summary>
/// <c>{key}.json</c> of a disk cache entry, written last: the key it belongs to, the SHA-256 of the
/// <c>.dll</c> and the <c>.pdb</c> (an entry whose files do not match is ignored and rewritten) and the
/// set's warnings.
/// </summary>
internal sealed class DiskCacheManifest
{
    /// <summary>The entry format; an entry of another format is ignored.</summary>
    public int Format { get; init; }

    /// <summary>The cache key (the file name's, repeated so a renamed file cannot pass for another entry).</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>SHA-256 of <c>{key}.dll</c>, lower-case hex.</summary>
    public string AssemblySha256 { get; init; } = string.Empty;

    /// <summary>SHA-256 of <c>{key}.pdb</c>, lower-case hex.</summary>
    public string SymbolsSha256 { get; init; } = string.Empty;

    /// <summary>The set's warnings.</summary>
    public List<CachedDiagnostic> Warnings { get; init; } = [];
}

/// <summary>A <see cref="ScriptDiagnostic"/> as stored in a manifest.</summary>
internal sealed class CachedDiagnostic
{
    public string Id { get; init; } = string.Empty;

    public ScriptDiagnosticSeverity Severity { get; init; }

    public string FilePath { get; init; } = string.Empty;

    public int Line { get; init; }

    public int Column { get; init; }

    public int EndLine { get; init; }

    public int EndColumn { get; init; }

    public string Message { get; init; } = string.Empty;

    public static CachedDiagnostic From(ScriptDiagnostic d) => new()
    {
        Id = d.Id,
        Severity = d.Severity,
        FilePath = d.FilePath,
        Line = d.Line,
        Column = d.Column,
        EndLine = d.EndLine,
        EndColumn = d.EndColumn,
        Message = d.Message,
    };

    public ScriptDiagnostic ToDiagnostic() => new(Id, Severity, FilePath, Line, Column, EndLine, EndColumn, Message);
}

/// <summary>System.Text.Json's generated (reflection-free) serializer for manifests.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(DiskCacheManifest))]
internal sealed partial class DiskCacheJson : JsonSerializerContext
{
}
