using Microsoft.CodeAnalysis;

namespace ScriptGen.Runtime.Generator;

/// <summary>Errors of ScriptGen's own build: a Pine function a script could call without its parts agreeing.</summary>
internal static class RuntimeDiagnostics
{
    public static readonly DiagnosticDescriptor FacadeWithoutDeclaration = new(
        "SGR001",
        "A facade method without a declaration",
        "'{0}.{1}' is a facade method but no [PineFunction] declares it and it is not [PlainCall]: a script calling it would have no interceptor, state or core method. Declare the function with [PineFunction] on the method that computes it (the facade is then generated), or mark a method the facade computes itself [PlainCall].",
        "ScriptGen.Runtime",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidDeclaration = new(
        "SGR002",
        "A Pine function declaration ScriptGen cannot derive from",
        "This [PineFunction] declaration cannot be derived from: {0}",
        "ScriptGen.Runtime",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
