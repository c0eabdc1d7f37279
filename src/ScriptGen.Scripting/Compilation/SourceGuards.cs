using ScriptGen.Scripting.Untrusted;

namespace ScriptGen.Scripting.Compilation;

/// <summary>Which <see cref="ISourceGuard"/> a parser uses when its caller does not inject one.</summary>
internal static class SourceGuards
{
    /// <summary>The guard for <see cref="ScriptTrust.Untrusted"/> text: the allow-list, plus the host's <paramref name="allowedTypes"/>.</summary>
    public static ISourceGuard ForUntrusted(IReadOnlyCollection<Type> allowedTypes) => new UntrustedSourceGuard(allowedTypes);
}
