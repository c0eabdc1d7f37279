namespace ScriptGen.Orleans;

/// <summary>
/// One file of a script's source text, as a sweep on a cluster sends it to silos that compile it
/// (<see cref="ClusterSweepOptions.ScriptSources"/>, <see cref="SweepSiloOptions.CompileSources"/>).
/// </summary>
/// <param name="FileName">The file's name, as diagnostics and stack traces show it (<c>EmaCross.pine.cs</c>).</param>
/// <param name="Text">The file's text.</param>
[GenerateSerializer]
[Immutable]
public sealed record ScriptSourceText([property: Id(0)] string FileName, [property: Id(1)] string Text)
{
    /// <summary>The SHA-256 of the files' names and texts, in order: the key silos cache a compiled set by.</summary>
    public static string HashOf(IReadOnlyList<ScriptSourceText> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (ScriptSourceText source in sources)
        {
            // Lengths first, so that moving text from one file to the next changes the hash.
            hash.AppendData(BitConverter.GetBytes(source.FileName.Length));
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(source.FileName));
            hash.AppendData(BitConverter.GetBytes(source.Text.Length));
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(source.Text));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
