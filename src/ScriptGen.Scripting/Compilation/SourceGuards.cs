namespace ScriptGen.Scripting.Compilation;

/// <summary>Which <see cref="ISourceGuard"/> a parser uses when its caller does not inject one.</summary>
internal static class SourceGuards
{
    /// <summary>
    /// The guard for <see cref="ScriptTrust.Untrusted"/> text. Checks nothing yet: the untrusted-code work
    /// replaces this with its allow-list guard.
    /// </summary>
    public static ISourceGuard ForUntrusted() => NoSourceGuard.Instance;
}
