namespace ScriptGen.Generator.Model;

/// <summary>The kind of constant an import gives an input, as far as the generator can tell.</summary>
internal enum OverrideValueKind
{
    NotConstant,
    Null,
    Int,
    Float,
    Bool,
    String,
}

/// <summary>
/// One input an import sets: <c>Length = 14</c> in <c>Import(new Rsi.Inputs { Length = 14 })</c>.
/// </summary>
/// <param name="Name">The input's name as written.</param>
/// <param name="NameLocation">The name, where a diagnostic about an unknown input points.</param>
/// <param name="ValueLocation">The value, where a diagnostic about its type or range points.</param>
/// <param name="Kind">The constant's kind, or <see cref="OverrideValueKind.NotConstant"/>.</param>
/// <param name="Number">The value, for numeric constants.</param>
/// <param name="Display">The value as the user wrote it, for messages.</param>
internal sealed record InputOverrideSpec(string Name, LocationInfo? NameLocation, LocationInfo? ValueLocation, OverrideValueKind Kind, double Number, string Display);

/// <summary>One <c>Import(...)</c> call of a script.</summary>
/// <param name="TargetName">The imported class's full name (no <c>global::</c>).</param>
/// <param name="TargetDisplay">The imported class as the user named it, for messages.</param>
/// <param name="Location">Where a diagnostic about the import points: the imported type in the call.</param>
/// <param name="Overrides">The inputs the call sets with an object initializer.</param>
/// <param name="ReferencedTarget">
/// What the generator read from metadata when the target lives in a referenced assembly; null when it is
/// declared in this compilation (its surface then comes from the collected scripts).
/// </param>
internal sealed record ImportSpec(
    string TargetName,
    string TargetDisplay,
    LocationInfo? Location,
    EquatableArray<InputOverrideSpec> Overrides,
    ScriptSurface? ReferencedTarget);

/// <summary>One input as an importer sees it: name, type, bounds.</summary>
internal sealed record SurfaceInput(string Name, InputTypeSpec Type, double? Min, double? Max);

/// <summary>
/// What another script may know about a script without looking inside it: its kind and inputs.
/// <paramref name="IsScript"/> is false for a type that is not a script at all.
/// </summary>
/// <param name="FullName">The class's full name.</param>
/// <param name="IsScript">Whether it is a ScriptGen script.</param>
/// <param name="Kind">Indicator or strategy.</param>
/// <param name="InputsKnown">Whether <paramref name="Inputs"/> is complete (false when the script had errors).</param>
/// <param name="Inputs">The inputs, in declaration order.</param>
internal sealed record ScriptSurface(string FullName, bool IsScript, ScriptKindSpec Kind, bool InputsKnown, EquatableArray<SurfaceInput> Inputs);

/// <summary>A script's imports as the import graph needs them: the targets only, so moving a call does not change the graph.</summary>
internal sealed record ScriptImportEdges(string FullName, EquatableArray<string> Targets);

/// <summary>Every script of the compilation as importers see it, and who imports whom; sorted by name.</summary>
internal sealed record ImportGraph(EquatableArray<ScriptSurface> Scripts, EquatableArray<ScriptImportEdges> Edges);

/// <summary>One script's part of the <see cref="ImportGraph"/>, compared by value so an edit that leaves it equal rebuilds no graph.</summary>
internal sealed record ImportGraphNode(ScriptSurface? Surface, ScriptImportEdges? Edges);

/// <summary>What the scripts' shared outputs (the import graph, the catalog) need of one script's parse.</summary>
/// <param name="GlobalName">The script's <c>global::</c> name for the catalog; null when it generates nothing.</param>
/// <param name="ImportNode">The script's part of the import graph.</param>
internal sealed record ScriptSummary(string? GlobalName, ImportGraphNode ImportNode)
{
    public static ScriptSummary Of(ScriptParseResult result) => new(result.Spec?.GlobalName, Parsing.ImportChecks.NodeOf(result));
}

/// <summary>One script's imports with their locations, checked against the <see cref="ImportGraph"/>.</summary>
internal sealed record ScriptImportCalls(string FullName, string ClassName, EquatableArray<ImportSpec> Imports);
