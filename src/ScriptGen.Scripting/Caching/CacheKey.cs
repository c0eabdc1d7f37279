namespace ScriptGen.Scripting.Caching;

/// <summary>
/// What identifies a compiled set: a SHA-256 (lower-case hex) over everything that decides its bytes
/// (<see cref="CacheKeyBuilder"/>). Names the set's assembly and its files in the disk cache.
/// </summary>
internal readonly record struct CacheKey(string Value)
{
    /// <summary>The set's assembly name: unique per key, and the same for the same key in every process.</summary>
    public string AssemblyName => "ScriptGen.Scripts." + Value;

    /// <inheritdoc/>
    public override string ToString() => Value;
}
