namespace ScriptGen.Ta;

/// <summary>
/// The array step of the states' <see cref="CompilerServices.IRestorableState{TSelf}.CopyTo"/>: copies
/// contents, never references, and reuses the target's array so that saving and restoring a warm state
/// allocates nothing.
/// </summary>
internal static class StateCopy
{
    /// <summary>
    /// Makes <paramref name="target"/> hold <paramref name="source"/>'s elements in an array of its own:
    /// the target's array when it has the same length (and is not the source's), a new one otherwise.
    /// A null source (a block not yet started) makes the target null, so it starts again as the
    /// source would.
    /// </summary>
    public static void CopyArray<T>(T[]? source, ref T[]? target)
    {
        if (source is null)
        {
            target = null;
            return;
        }

        if (target is null || target.Length != source.Length || ReferenceEquals(target, source))
        {
            target = new T[source.Length];
        }

        source.AsSpan().CopyTo(target);
    }
}
