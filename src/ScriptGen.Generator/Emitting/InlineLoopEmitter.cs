using System.Linq;
using ScriptGen.Generator.Model;
using ScriptGen.Generator.Parsing;

namespace ScriptGen.Generator.Emitting;

/// <summary>
/// The bar loop with the script's <c>Process()</c> body inline (<see cref="InlineBodies"/>): each call site's state is a
/// local of <c>RunBars</c>, loaded from its field before the first bar and written back after the last (or when the body
/// throws), so the JIT keeps it in registers across bars instead of storing it to the script and loading it again on
/// the next bar. The body's lines are mapped back to the script's file with <c>#line</c>, so breakpoints, stepping and
/// stack traces show the user's code. When the run cannot take this path (<c>RunsBodyInline</c> is false: a namespace
/// registered in place of <c>ta</c> or <c>math</c>, or a strategy re-running its body after fills), the same method
/// runs the plain loop calling <c>Process()</c>. A body with sites a sweep may share has two loops, each a method that
/// <c>RunBars</c> calls: one whose calls only compute, and one whose shared calls also record, for a sweep's run chosen
/// to compute a series (<see cref="InlineBodySpec.RecordingText"/>).
/// </summary>
internal static class InlineLoopEmitter
{
    private const string Start = InlineBodies.Prefix + "Start";
    private const string End = InlineBodies.Prefix + "End";
    private const string Bar = InlineBodies.Prefix + "Bar";

    /// <summary>With shared sites, the loop of a run that records none of their series.</summary>
    private const string InlineLoop = InlineBodies.Prefix + "RunBarsInline";

    /// <summary>With shared sites, the loop of a run that records one's series (<see cref="InlineBodySpec.RecordingText"/>).</summary>
    private const string RecordingLoop = InlineBodies.Prefix + "RunBarsRecording";

    /// <summary>The script file's own <c>using</c> directives, which the copied body binds with.</summary>
    public static void EmitFileUsings(CodeWriter code, ScriptSpec script) => EmitDirectives(code, script.InlineBody?.FileUsings);

    /// <summary>The <c>using</c> directives of the namespace declaration holding the script.</summary>
    public static void EmitNamespaceUsings(CodeWriter code, ScriptSpec script) => EmitDirectives(code, script.InlineBody?.NamespaceUsings);

    private static void EmitDirectives(CodeWriter code, EquatableArray<string>? directives)
    {
        if (directives is not { Count: > 0 } lines)
        {
            return;
        }

        foreach (string directive in lines)
        {
            code.Line(directive);
        }

        code.Line();
    }

    public static void EmitBarLoop(CodeWriter code, ScriptSpec script, InlineBodySpec body)
    {
        EmitOrderSiteFields(code, body);
        using (code.Block($"protected override void RunBars(int {Start}, int {End})"))
        {
            using (code.Block("if (!RunsBodyInline)"))
            {
                ScriptEmitter.EmitPlainLoop(code, script, Start, End);
                code.Line();
                code.Line("return;");
            }

            code.Line();
            if (body.RecordingText is null)
            {
                EmitInlineLoop(code, script, body, body.Text);
                return;
            }

            // The two loops are methods of their own, so the profile the JIT optimizes each by is of the runs that take it:
            // in one method, the runs a sweep starts with (recording) would leave the other loop looking never run, so cold.
            code.Line("// A sweep's run computing a shared site's series for the others takes the loop whose calls also record.");
            using (code.Block($"if ({string.Join(" || ", RecordedSites(script, body).Select(site => $"__shared{site} is {{ IsReading: false }}"))})"))
            {
                code.Line($"{RecordingLoop}({Start}, {End});");
                code.Line("return;");
            }

            code.Line();
            code.Line($"{InlineLoop}({Start}, {End});");
        }

        code.Line();
        EmitLoopMethod(code, script, body, InlineLoop, body.Text,
            "The inline bar loop of a run that records no shared site's series (every run outside sweeps).");
        code.Line();
        EmitLoopMethod(code, script, body, RecordingLoop, body.RecordingText,
            "The inline bar loop of a sweep's run that records a shared site's series: each shared call records its value.");
    }

    private static void EmitLoopMethod(CodeWriter code, ScriptSpec script, InlineBodySpec body, string name, string text, string summary)
    {
        code.Line($"/// <summary>{summary}</summary>");
        // Engine plumbing, as RunBars: untrusted text may not call it (UntrustedSymbolPolicy.IsEnginePlumbing).
        code.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        // Inlined into RunBars, it would spend the JIT's inlining budget there (and share its profile).
        code.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
        using (code.Block($"private void {name}(int {Start}, int {End})"))
        {
            EmitInlineLoop(code, script, body, text);
        }
    }

    /// <summary>The shared sites whose calls the body makes, in a statement or not.</summary>
    private static System.Collections.Generic.IEnumerable<int> RecordedSites(ScriptSpec script, InlineBodySpec body) =>
        script.SharedCalls.Where(shared => body.Calls.Contains(shared.CallIndex)).Select(shared => shared.Site);

    /// <summary>The states in locals, the loop over <paramref name="text"/> (the body as this loop runs it), the states written back.</summary>
    private static void EmitInlineLoop(CodeWriter code, ScriptSpec script, InlineBodySpec body, string text)
    {
        bool strategy = script.Kind == ScriptKindSpec.Strategy;
        code.Line("// Process() inline: each call site's state in a local (in registers across bars), written back however the loop ends.");
        foreach (int slot in body.Slots)
        {
            code.Line($"var {InlineBodies.StateLocal(slot)} = __slot{slot};");
        }

        EmitSharedLocals(code, body);

        if (body.Slots.Count == 0)
        {
            EmitLoop(code, script, body, text, strategy);
            return;
        }

        using (code.Block("try"))
        {
            EmitLoop(code, script, body, text, strategy);
        }

        using (code.Block("finally"))
        {
            foreach (int slot in body.Slots)
            {
                code.Line($"__slot{slot} = {InlineBodies.StateLocal(slot)};");
            }
        }
    }

    /// <summary>The field of each <c>strategy</c> call the loop makes through <c>StrategyCalls</c> (<see cref="StrategyCallSites"/>).</summary>
    private static void EmitOrderSiteFields(CodeWriter code, InlineBodySpec body)
    {
        for (int site = 0; site < body.OrderSites.Count; site++)
        {
            OrderCallSiteSpec call = body.OrderSites[site];
            code.Line($"// {call.Function} at {CommentText.Line(call.Display)}, in the inline bar loop: its arguments never change, so it returns at once while the call would change nothing");
            code.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            code.Line($"internal global::ScriptGen.CompilerServices.OrderCallSite {InlineBodies.OrderSiteField(site)};");
            code.Line();
        }
    }

    /// <summary>
    /// The series of each shared site in the body that this run reads (null when it computes the site: outside sweeps, or the
    /// run chosen to record it), so the body reads a site's value with one test and an array index; and whether the run
    /// draws, for the chart calls it may skip.
    /// </summary>
    private static void EmitSharedLocals(CodeWriter code, InlineBodySpec body)
    {
        foreach (int site in body.SharedSites)
        {
            code.Line($"var {InlineBodies.SharedLocal(site)} = __shared{site}?.ReadingValues;");
        }

        if (body.SkipsChartCalls)
        {
            code.Line($"bool {InlineBodies.DrawsChartLocal} = !SkipsChartCalls;");
        }
    }

    private static void EmitLoop(CodeWriter code, ScriptSpec script, InlineBodySpec body, string text, bool strategy)
    {
        using (code.Block($"for (int {Bar} = {Start}; {Bar} < {End}; {Bar}++)"))
        {
            code.Line(strategy ? $"BeginStrategyBar({Bar});" : $"BeginBar({Bar});");
            ScriptEmitter.EmitSeriesAdvance(code, script);
            EmitBody(code, body, text);
            if (body.EndsEarly)
            {
                code.Line(strategy ? $"{InlineBodies.EndOfBarLabel}:" : $"{InlineBodies.EndOfBarLabel}: ;");
            }

            if (strategy)
            {
                code.Line("EndStrategyBar();");
            }
        }
    }

    /// <summary>The copied body under the user's file and lines; its warnings are the original's, reported there once.</summary>
    private static void EmitBody(CodeWriter code, InlineBodySpec body, string text)
    {
        string indent = new(' ', body.Column);
        if (body.IsExpression)
        {
            code.Line("{");
        }

        code.Verbatim("#pragma warning disable // reported once, in Process()");
        code.Verbatim($"#line {body.Line} \"{body.FilePath}\"");
        code.Verbatim(indent + text + (body.IsExpression ? ";" : string.Empty));
        code.Verbatim("#line default");
        code.Verbatim("#pragma warning restore");
        code.Verbatim("#pragma warning disable CS1591 // Generated members are documented by the script's own docs.");
        if (body.IsExpression)
        {
            code.Line("}");
        }
    }

    /// <summary>
    /// The method the inline body calls for call site <paramref name="index"/>: the interceptor's work with the state
    /// passed by reference from the loop's local, and the facade's parameters with their defaults, so the call keeps its
    /// arguments as written; for a shared site, also the method the recording loop calls, which records the value too.
    /// </summary>
    public static void EmitInlineMethods(CodeWriter code, ScriptSpec script, InterceptedCallSpec call, int index)
    {
        string state = call.InlineSlotIndex >= 0 ? $", ref {call.InlineStateType} state" : string.Empty;
        // A site reading a bar column in place takes the column itself (the call passes `close` as written), not its value.
        string? column = call.ReadsInPlace && call.InPlaceParameter is { } name ? Parsing.SymbolNames.Identifier(name) : null;
        string parameters = string.Concat(call.Parameters.Select(p => ", " + (p.Name == column ? p with { Type = "global::" + KnownNames.PriceSeries } : p).Declaration));
        string receiverAndParameters = $"(in {call.ReceiverType} receiver{state}{parameters})";
        // A paired call (PairedWindowSites) says so: its state parameter is the other call's.
        string pairing = call.PairedSlotIndex >= 0 ? ", feeding the window of the call it is paired with"
            : call.PairedCoreMethod is not null ? ", reading the window the call paired with it fed" : string.Empty;
        code.Line($"// {call.Function} at {CommentText.Line(call.Location.Display)}, in the inline bar loop{pairing}");
        code.Line(AggressiveInlining);
        InterceptorEmitter.EmitInlineMethod(code, script, call, $"public static {call.ReturnType} Inline{index}{receiverAndParameters}");

        if (script.SharedCalls.FirstOrDefault(shared => shared.CallIndex == index) is { } sharedCall)
        {
            code.Line();
            code.Line($"// {call.Function} at {CommentText.Line(call.Location.Display)}, in the inline bar loop of a run recording sweep series");
            code.Line(AggressiveInlining);
            InterceptorEmitter.EmitRecordingMethod(code, script, call, sharedCall, $"public static {call.ReturnType} Record{index}{receiverAndParameters}");
        }
    }

    private const string AggressiveInlining =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";
}
