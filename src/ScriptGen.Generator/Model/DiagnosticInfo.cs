using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Model;

/// <summary>A named value a diagnostic carries for tools (Roslyn's <see cref="Diagnostic.Properties"/>).</summary>
internal sealed record DiagnosticProperty(string Key, string Value);

/// <summary>A diagnostic as plain data (descriptor id, location, message arguments, properties), reported by the output step.</summary>
internal sealed record DiagnosticInfo(
    string DescriptorId, LocationInfo? Location, EquatableArray<string> MessageArguments, EquatableArray<DiagnosticProperty> Properties = default)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Diagnostics.DiagnosticDescriptors.ById(DescriptorId),
        Location?.ToLocation(),
        Properties.Count == 0 ? null : Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value),
        MessageArguments.Cast<object?>().ToArray());
}
