using ScriptGen.Generator.Model;

namespace ScriptGen.Runtime.Generator.Model;

/// <summary>One parameter of a declaration, as plain data.</summary>
/// <param name="Name">The C# name.</param>
/// <param name="Type">The fully qualified type.</param>
/// <param name="Bar">The <c>BarValue</c> member the generated call passes, or null when the script passes it.</param>
/// <param name="IsSeries">A series: an array in the batch form.</param>
/// <param name="IsWindowLength">A window length, checked by the batch form.</param>
/// <param name="DefaultLiteral">The default value as C#, or null.</param>
/// <param name="Doc">The parameter's documentation (inner XML).</param>
internal sealed record ParameterDecl(string Name, string Type, string? Bar, bool IsSeries, bool IsWindowLength, string? DefaultLiteral, string Doc);

/// <summary>A value of a tuple a function returns: its type and name.</summary>
internal sealed record TupleElementDecl(string Type, string Name);

/// <summary>One <c>[PineFunction]</c> of a declaration: a facade overload.</summary>
/// <param name="Name">The C# name.</param>
/// <param name="Implicit">Parameter name and bar value pairs this overload fills.</param>
/// <param name="EveryBar">A built-in variable whose state catches up on skipped bars.</param>
/// <param name="Batch">Whether the batch form is generated for this overload.</param>
/// <param name="Summary">The facade's own summary, or null for the declaration's.</param>
/// <param name="Signature">The Pine call the documentation shows, or null for the name and parameters.</param>
internal sealed record OverloadDecl(string Name, EquatableArray<ImplicitArgument> Implicit, bool EveryBar, bool Batch, string? Summary, string? Signature);

/// <summary>A parameter an overload fills with a bar value.</summary>
internal sealed record ImplicitArgument(string Parameter, string Bar);

/// <summary>The state's method computing a declaration with its series read in place from a bar column (<c>[PineFunction(InPlace = ...)]</c>).</summary>
/// <param name="Method">The method's name.</param>
/// <param name="Parameter">The declaration's series parameter, a <c>PriceSeries</c> in the method.</param>
internal sealed record InPlaceDecl(string Method, string Parameter);

/// <summary>
/// One declared Pine function: the method that computes it (a state's instance method, or a static
/// method), its parameters and documentation, and the facade overloads it backs.
/// </summary>
internal sealed record FunctionDecl(
    string PineName,
    string Namespace,
    bool IsStatic,
    string DeclaringType,
    string DeclaringTypeName,
    string MethodName,
    string ReturnType,
    EquatableArray<TupleElementDecl> Tuple,
    EquatableArray<ParameterDecl> Parameters,
    string Summary,
    EquatableArray<OverloadDecl> Overloads,
    string FilePath,
    int Line,
    InPlaceDecl? InPlace = null)
{
    /// <summary>The C# name of the core method (the overloads of one declaration share it).</summary>
    public string CoreName => Overloads[0].Name;

    public bool ReturnsTuple => Tuple.Count > 0;
}

/// <summary>What the reader produced for one method: the declaration, or why it cannot be one.</summary>
internal sealed record DeclarationResult(FunctionDecl? Declaration, string? Problem, string FilePath, int Line);
