using System.Linq;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Model;

/// <summary>A diagnostic as plain data (descriptor id, location, message arguments), reported by the output step.</summary>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> MessageArguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Diagnostics.DiagnosticDescriptors.ById(DescriptorId),
        Location?.ToLocation(),
        MessageArguments.Cast<object?>().ToArray());
}
