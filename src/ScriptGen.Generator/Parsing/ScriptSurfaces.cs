using System.Linq;
using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>What importers may know of a script: from its parsed spec, or from metadata when it lives in a referenced assembly.</summary>
internal static class ScriptSurfaces
{
    /// <summary>A script of this compilation, parsed.</summary>
    public static ScriptSurface FromSpec(ScriptSpec spec) => new(
        spec.FullName,
        IsScript: true,
        spec.Kind,
        InputsKnown: true,
        spec.Inputs.Select(i => new SurfaceInput(i.Name, i.Type, i.Min, i.Max)).ToEquatableArray());

    /// <summary>A script of this compilation that could not be parsed completely: its kind is known, its inputs are not.</summary>
    public static ScriptSurface Incomplete(string fullName, ScriptKindSpec kind) =>
        new(fullName, IsScript: true, kind, InputsKnown: false, EquatableArray<SurfaceInput>.Empty);

    /// <summary>
    /// A type from a referenced assembly: a script when it derives from a script base class; its inputs
    /// are the properties of its generated <c>Inputs</c> record, which carry their <c>[Input]</c> bounds.
    /// </summary>
    public static ScriptSurface FromMetadata(KnownTypes types, INamedTypeSymbol target)
    {
        string name = target.ToDisplayString();
        ScriptKindSpec? kind = null;
        for (INamedTypeSymbol? type = target.BaseType; type is not null && kind is null; type = type.BaseType)
        {
            kind = KnownTypes.Is(type, types.IndicatorScript) ? ScriptKindSpec.Indicator
                : KnownTypes.Is(type, types.StrategyScript) ? ScriptKindSpec.Strategy
                : null;
        }

        if (kind is null)
        {
            return new ScriptSurface(name, IsScript: false, ScriptKindSpec.Indicator, InputsKnown: false, EquatableArray<SurfaceInput>.Empty);
        }

        if (target.GetTypeMembers("Inputs").FirstOrDefault() is not { } inputs)
        {
            return Incomplete(name, kind.Value);
        }

        var surfaceInputs = inputs.GetMembers()
            .OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic)
            .Select(p => (Property: p, Attribute: p.GetAttributes().FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, types.InputAttribute)), Type: InputList.TypeOf(p.Type)))
            .Where(p => p.Attribute is not null && p.Type is not null)
            .Select(p => new SurfaceInput(p.Property.Name, p.Type!.Value, Bound(p.Attribute!, "MinValue"), Bound(p.Attribute!, "MaxValue")))
            .ToEquatableArray();
        return new ScriptSurface(name, IsScript: true, kind.Value, InputsKnown: true, surfaceInputs);
    }

    private static double? Bound(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is double value && !double.IsNaN(value))
            {
                return value;
            }
        }

        return null;
    }
}
