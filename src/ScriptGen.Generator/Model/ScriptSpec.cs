namespace ScriptGen.Generator.Model;

/// <summary>A named setting of the script's attribute, as a C# literal to assign.</summary>
internal sealed record SettingSpec(string Name, string Literal);

/// <summary>
/// One <c>chart.Plot</c> call site: a plot of the script, its title, the C# name importers read it by, and its
/// metadata as a C# expression (title and constant style arguments).
/// </summary>
internal sealed record PlotSpec(int Index, string TitleLiteral, string MemberName, string MetadataExpression);

/// <summary>
/// Everything the emitter needs to complete one script class. Plain data only (a test enforces that
/// no Roslyn symbol, node, location or compilation sneaks in), so the pipeline caches by value.
/// </summary>
/// <param name="Namespace">The class's namespace, or empty for the global namespace.</param>
/// <param name="ClassName">The class's name.</param>
/// <param name="Kind">Strategy or indicator.</param>
/// <param name="TitleLiteral">The title as a string literal.</param>
/// <param name="MetadataSettings">Settings that go on <c>ScriptMetadata</c> (Overlay, MaxBarsBack).</param>
/// <param name="StrategySettings">Settings that go on <c>StrategySettings</c> (InitialCapital, ...).</param>
/// <param name="Inputs">The inputs, members first then <c>input.*</c> calls, in source order.</param>
/// <param name="Plots">The plots, in source order.</param>
/// <param name="ChartElements">The other drawing call sites (shapes, candles, hlines, fills, bar colors), in source order.</param>
/// <param name="SeriesFields">The names of the <c>Series&lt;T&gt;</c> fields to advance each bar.</param>
/// <param name="Calls">The intercepted call sites.</param>
/// <param name="StateFields">The state struct of each slot, by slot number.</param>
/// <param name="RollbackMembers">A strategy's fields saved and restored by assignment around <c>calc_on_order_fills</c> re-runs.</param>
/// <param name="RollbackProblem">Why a strategy's state cannot be rolled back (as a string literal), or null.</param>
/// <param name="FileName">The script's file name (no directory), for comments and the hint name.</param>
/// <param name="Imports">The full names of the indicators the script imports, in source order.</param>
/// <param name="SharedCalls">The call sites whose series a sweep may compute once for runs with equal key inputs.</param>
/// <param name="InlineBody">The <c>Process()</c> body as the bar loop runs it inline, or null when the loop calls <c>Process()</c>.</param>
internal sealed record ScriptSpec(
    string Namespace,
    string ClassName,
    ScriptKindSpec Kind,
    string TitleLiteral,
    EquatableArray<SettingSpec> MetadataSettings,
    EquatableArray<SettingSpec> StrategySettings,
    EquatableArray<InputSpec> Inputs,
    EquatableArray<PlotSpec> Plots,
    EquatableArray<ChartElementSpec> ChartElements,
    EquatableArray<string> SeriesFields,
    EquatableArray<InterceptedCallSpec> Calls,
    EquatableArray<StateFieldSpec> StateFields,
    EquatableArray<RollbackMemberSpec> RollbackMembers,
    string? RollbackProblem,
    string FileName,
    EquatableArray<string> Imports,
    EquatableArray<SharedCallSpec> SharedCalls,
    InlineBodySpec? InlineBody = null)
{
    public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;

    public string GlobalName => "global::" + FullName;

    public string HintName => FullName + ".g.cs";
}

/// <summary>
/// What parsing one script class produced: the spec (null when it cannot be emitted), diagnostics, and
/// what the import checks need: the script as importers see it and its own imports.
/// </summary>
internal sealed record ScriptParseResult(
    ScriptSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics, ScriptSurface? Surface = null, ScriptImportCalls? ImportCalls = null)
{
    public static ScriptParseResult Nothing { get; } = new(null, EquatableArray<DiagnosticInfo>.Empty);
}
