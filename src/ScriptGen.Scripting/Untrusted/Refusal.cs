using Microsoft.CodeAnalysis;

namespace ScriptGen.Scripting.Untrusted;

/// <summary>
/// Why something in an untrusted script is refused: the descriptor (its class), the thing refused as the
/// message shows it (a symbol's display string, or a construct such as <c>typeof(T)</c>), and for the
/// descriptors whose message has a second argument, the reason.
/// </summary>
internal sealed record Refusal(DiagnosticDescriptor Descriptor, string Subject, string? Detail = null)
{
    /// <summary>The same refusal about another subject (a member refused because of its type, say).</summary>
    public Refusal About(string subject) => this with { Subject = subject };

    /// <summary>The diagnostic at <paramref name="location"/>.</summary>
    public Diagnostic ToDiagnostic(Location location) =>
        Detail is null
            ? Diagnostic.Create(Descriptor, location, Subject)
            : Diagnostic.Create(Descriptor, location, Subject, Detail);
}
