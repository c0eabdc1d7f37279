using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// A namespace a script reaches through one of its members (<c>ta</c>, <c>math</c>, <c>input</c>,
/// <c>chart</c>): a struct whose <c>Owner</c> is the script and whose <c>Namespace</c> is the
/// registered implementation, the two things an interceptor needs to reach the call site's state
/// and the overridable core method. The generator finds facades by that shape on the runtime's
/// <c>Script</c>, so a namespace added to the runtime needs no change here.
/// </summary>
/// <param name="Member">The script member, which is also the Pine namespace's name (<c>ta</c>).</param>
/// <param name="Type">The facade struct (<c>PineTa</c>).</param>
/// <param name="Core">The type of its <c>Namespace</c> property, which holds the core methods (<c>TaNamespace</c>).</param>
internal sealed record NamespaceFacade(string Member, INamedTypeSymbol Type, INamedTypeSymbol Core)
{
    /// <summary>The facades declared on <paramref name="script"/> (the runtime's <c>Script</c>), by member name.</summary>
    public static IReadOnlyList<NamespaceFacade> FindAll(INamedTypeSymbol? script)
    {
        var facades = new List<NamespaceFacade>();
        if (script is null)
        {
            return facades;
        }

        foreach (IPropertySymbol property in script.GetMembers().OfType<IPropertySymbol>())
        {
            if (!property.IsStatic &&
                property.Type is INamedTypeSymbol { TypeKind: TypeKind.Struct } type &&
                Property(type, "Owner")?.Type is { } owner && SymbolEqualityComparer.Default.Equals(owner, script) &&
                Property(type, "Namespace")?.Type is INamedTypeSymbol core)
            {
                facades.Add(new NamespaceFacade(property.Name, type, core));
            }
        }

        return facades;
    }

    private static IPropertySymbol? Property(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic);
}
