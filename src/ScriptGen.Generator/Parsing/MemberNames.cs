using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Parsing;

/// <summary>Members as a user reads them in source, for messages ('the constructor', not '.ctor').</summary>
internal static class MemberNames
{
    public static string Describe(IMethodSymbol? method) => method switch
    {
        null => "this member",
        { MethodKind: MethodKind.Constructor } => "the constructor",
        { MethodKind: MethodKind.StaticConstructor } => "the static constructor",
        { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet, AssociatedSymbol: { } property } => $"property '{property.Name}'",
        { Name: "Setup", IsOverride: false, Parameters.Length: 0 } => "'Setup', which does not override Script.Setup() (add 'override')",
        _ => $"'{method.Name}'",
    };
}
