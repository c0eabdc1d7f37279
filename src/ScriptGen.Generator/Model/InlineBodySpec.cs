namespace ScriptGen.Generator.Model;

/// <summary>
/// The script's <c>Process()</c> body as the generated bar loop runs it inline: its text with every intercepted call
/// rewritten to take its call site's state from a local of the loop, and where it stands in the user's file, so the
/// loop maps it back there with <c>#line</c> (breakpoints, stepping and stack traces land on the user's lines).
/// </summary>
/// <param name="FilePath">The script's file as the compilation names it (what <c>#line</c> names: the debugger opens it).</param>
/// <param name="Line">The 1-based line where the body starts.</param>
/// <param name="Column">The 0-based column where it starts (the loop indents the copy to it, so columns on its first line agree).</param>
/// <param name="Text">The body: a block, or an expression body's expression; intercepted calls and <c>return</c>s rewritten.</param>
/// <param name="RecordingText">
/// The same with each shared site's call (<see cref="SharedCallSpec"/>) calling the method that also records the value: the
/// body of the loop a sweep's run takes when it records a site's series for the others (null: the body has no shared site).
/// </param>
/// <param name="IsExpression">The body is an expression (<c>=&gt; expr;</c>).</param>
/// <param name="EndsEarly">It has a <c>return</c>, rewritten to jump to the end of the bar.</param>
/// <param name="Slots">The state slots of the calls in the body, kept in locals across the loop.</param>
/// <param name="Calls">The intercepted calls in the body (indexes into the script's calls), each given an inline method.</param>
/// <param name="SharedSites">The shared sites (<see cref="SharedCallSpec.Site"/>) the body reads from a sweep's series when the run has one.</param>
/// <param name="SkipsChartCalls">Some <c>chart</c> call is skipped whole when the run's drawing is unread (the loop declares its local).</param>
/// <param name="OrderSites">The <c>strategy</c> calls with arguments that never change (<see cref="Parsing.StrategyCallSites"/>), in the order of their fields.</param>
/// <param name="FileUsings">The <c>extern alias</c> and <c>using</c> directives of the script's file (not global ones), as written.</param>
/// <param name="NamespaceUsings">Those of the namespace declaration holding the script, as written.</param>
internal sealed record InlineBodySpec(
    string FilePath,
    int Line,
    int Column,
    string Text,
    string? RecordingText,
    bool IsExpression,
    bool EndsEarly,
    EquatableArray<int> Slots,
    EquatableArray<int> Calls,
    EquatableArray<int> SharedSites,
    bool SkipsChartCalls,
    EquatableArray<OrderCallSiteSpec> OrderSites,
    EquatableArray<string> FileUsings,
    EquatableArray<string> NamespaceUsings);

/// <summary>A <c>strategy</c> call the inline loop makes through <c>StrategyCalls</c> with a field of its own.</summary>
/// <param name="Function">The call as a user reads it, e.g. <c>strategy.Exit</c>.</param>
/// <param name="Display">Where it stands: file name, line and column.</param>
internal sealed record OrderCallSiteSpec(string Function, string Display);
