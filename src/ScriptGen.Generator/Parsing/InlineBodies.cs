using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Whether the generated bar loop can run the script's <c>Process()</c> body inline, and the body as it does: each
/// intercepted call in it becomes a call of its inline method with the call site's state as a local of the loop
/// (<c>ta.Ema(close, 9)</c> becomes <c>Inline0(ta, ref __sgState0, close, 9)</c>, the call's own arguments kept, named
/// or left out, as written), and each <c>return</c> a jump to the end of the bar. A site a sweep may share
/// (<see cref="SharedCallSites"/>) reads the shared series first when the run has one to read
/// (<c>(__sgShared0 is not null ? __sgShared0[__sgBar] : Inline0(...))</c>): its arguments, which depend only on the bars
/// and on the inputs every run reading that series has equal, are then not evaluated at all. A second copy has each shared
/// site call its <c>Record</c> method instead (<c>Record0(...)</c>), which also records the value, for the loop of a sweep's
/// run chosen to compute a series; the first copy's calls only compute. A <c>chart</c> call whose
/// value is dropped and whose arguments only produce values (<see cref="EffectFreeArguments"/>) is skipped whole in a run
/// whose drawing nobody reads (<c>{ if (__sgDrawsChart) Inline4(chart, fast, "Fast", color.Teal); }</c>).
/// <para>
/// The body is compiled twice (in <c>Process()</c> and in the loop), so it is inlined only when the copy cannot say
/// anything the original does not: it binds without errors (the copy's warnings are suppressed), and it has nothing
/// whose meaning changes inside a loop or in another file: preprocessor directives, <c>stackalloc</c> (which would
/// grow the stack every bar), <c>unsafe</c> or <c>async</c>, usings in an outer namespace, names the loop declares.
/// Anything else keeps the plain loop that calls <c>Process()</c>, with the same results.
/// </para>
/// </summary>
internal static class InlineBodies
{
    /// <summary>The prefix of every name the inline loop declares; a body using one is not inlined.</summary>
    public const string Prefix = "__sg";

    public const string EndOfBarLabel = Prefix + "BarEnd";

    /// <summary>What a <c>#line</c> file name cannot hold.</summary>
    private static readonly char[] s_notInLineDirective = { '"', '\n', '\r' };

    public static string StateLocal(int slot) => Prefix + "State" + slot;

    /// <summary>The script's field that remembers <c>strategy</c> call site <paramref name="site"/>'s last call (<see cref="StrategyCallSites"/>).</summary>
    public static string OrderSiteField(int site) => Prefix + "OrderSite" + site;

    public static string InlineMethod(string className, int call) => $"global::{KnownNames.GeneratedNamespace}.{className}Interceptors.Inline{call}";

    /// <summary>The method a shared site's call becomes in the loop of a run that records sweep series: it computes and records.</summary>
    public static string RecordingMethod(string className, int call) => $"global::{KnownNames.GeneratedNamespace}.{className}Interceptors.Record{call}";

    /// <summary>The loop's local saying whether the run draws (false: a chart call whose arguments are only values is skipped).</summary>
    public const string DrawsChartLocal = Prefix + "DrawsChart";

    /// <summary>The loop's local holding shared site <paramref name="site"/>'s series when the run reads it (null otherwise).</summary>
    public static string SharedLocal(int site) => Prefix + "Shared" + site;

    public static InlineBodySpec? Find(ParseContext parse, CallSites calls, InputList inputs, EquatableArray<SharedCallSpec> sharedCalls)
    {
        if (ProcessMethod(parse) is not { } process ||
            process.Modifiers.Any(m => m.IsKind(SyntaxKind.AsyncKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword)))
        {
            return null;
        }

        SyntaxNode? body = (SyntaxNode?)process.Body ?? process.ExpressionBody?.Expression;
        if (body is null || body.ContainsDirectives || body.ContainsDiagnostics || !IsCopyable(body) || HasErrors(parse, body, inputs) ||
            FileUsings(parse.Declaration) is not { } fileUsings || NamespaceUsings(parse.Declaration) is not { } namespaceUsings)
        {
            return null;
        }

        FileLinePositionSpan position = body.GetLocation().GetMappedLineSpan();
        string path = position.Path;
        if (path.Length == 0 || path.IndexOfAny(s_notInLineDirective) >= 0)
        {
            return null; // #line cannot name it
        }

        var edits = new List<Edit>();
        var slots = new List<int>();
        var inlined = new List<int>();
        var sharedSites = new List<int>();
        bool skipsChartCalls = false;
        for (int i = 0; i < calls.Invocations.Count; i++)
        {
            InvocationExpressionSyntax invocation = calls.Invocations[i];
            if (!body.Span.Contains(invocation.Span))
            {
                continue;
            }

            InterceptedCallSpec call = calls.Intercepted[i];
            if (call.SlotIndex >= 0 && call.DirectCoreMethod is null)
            {
                return null; // a runtime without the direct adapter: the state would go by reference to the namespace
            }

            var receiver = (MemberAccessExpressionSyntax)invocation.Expression;
            string method = InlineMethod(parse.Script.Name, i);
            string? recordingMethod = null;
            if (sharedCalls.FirstOrDefault(shared => shared.CallIndex == i) is { } sharedCall)
            {
                recordingMethod = RecordingMethod(parse.Script.Name, i);
                if (invocation.Parent is not (ExpressionStatementSyntax or ArrowExpressionClauseSyntax)) // a conditional is no statement
                {
                    string series = SharedLocal(sharedCall.Site);
                    string readFirst = $"({series} is not null ? {series}[{Prefix}Bar] : ";
                    sharedSites.Add(sharedCall.Site);
                    method = readFirst + method;
                    recordingMethod = readFirst + recordingMethod;
                    edits.Add(new Edit(invocation.Span.End, 0, ")"));
                }
            }

            if (call.Kind == InterceptKind.Chart && invocation.Parent is ExpressionStatementSyntax statement &&
                EffectFreeArguments.Of(parse, invocation))
            {
                // Its value dropped and its arguments only values: a run whose drawing nobody reads skips it whole. In braces,
                // so an else after it still belongs to the statement it belonged to.
                edits.Add(new Edit(statement.SpanStart, 0, $"{{ if ({DrawsChartLocal}) "));
                edits.Add(new Edit(statement.Span.End, 0, " }"));
                skipsChartCalls = true;
            }

            edits.Add(new Edit(invocation.Expression.SpanStart, invocation.Expression.Span.Length, method, recordingMethod));
            // A call paired with a later one (PairedWindowSites) feeds that call's state: the slot the loop passes is its.
            int slot = call.InlineSlotIndex;
            string leading = receiver.Expression.ToString() + (slot >= 0 ? ", ref " + StateLocal(slot) : string.Empty);
            edits.Add(new Edit(invocation.ArgumentList.OpenParenToken.Span.End, 0, invocation.ArgumentList.Arguments.Count > 0 ? leading + ", " : leading));
            if (slot >= 0 && !slots.Contains(slot))
            {
                slots.Add(slot);
            }

            inlined.Add(i);
        }

        var orderSites = new List<OrderCallSiteSpec>();
        foreach ((InvocationExpressionSyntax call, string method) in StrategyCallSites.Find(parse, body, inputs))
        {
            // strategy.Exit(id, ...) becomes StrategyCalls.Exit(strategy, ref __sgOrderSite0, id, ...): the adapter has the facade
            // method's parameters and defaults after its own two, so the arguments bind as written.
            var receiver = (MemberAccessExpressionSyntax)call.Expression;
            edits.Add(new Edit(call.Expression.SpanStart, call.Expression.Span.Length, $"global::{KnownNames.StrategyCalls}.{method}"));
            string leading = $"{receiver.Expression}, ref {OrderSiteField(orderSites.Count)}";
            edits.Add(new Edit(call.ArgumentList.OpenParenToken.Span.End, 0, call.ArgumentList.Arguments.Count > 0 ? leading + ", " : leading));
            orderSites.Add(new OrderCallSiteSpec("strategy." + method, SymbolNames.Position(receiver.Name.GetLocation())));
        }

        bool endsEarly = false;
        foreach (SyntaxNode node in OwnNodes(body))
        {
            if (node is ReturnStatementSyntax ret)
            {
                edits.Add(new Edit(ret.ReturnKeyword.SpanStart, ret.ReturnKeyword.Span.Length, "goto " + EndOfBarLabel));
                endsEarly = true;
            }
        }

        return new InlineBodySpec(
            path,
            position.StartLinePosition.Line + 1,
            position.StartLinePosition.Character,
            Rewrite(body, edits, recording: false),
            edits.Any(edit => edit.RecordingText is not null) ? Rewrite(body, edits, recording: true) : null,
            IsExpression: process.Body is null,
            endsEarly,
            slots.ToEquatableArray(),
            inlined.ToEquatableArray(),
            sharedSites.ToEquatableArray(),
            skipsChartCalls,
            orderSites.ToEquatableArray(),
            fileUsings,
            namespaceUsings);
    }

    private static MethodDeclarationSyntax? ProcessMethod(ParseContext parse) =>
        parse.Declaration.Members
            .OfType<MethodDeclarationSyntax>()
            .FirstOrDefault(m => m.Identifier.ValueText == "Process" && m.ParameterList.Parameters.Count == 0 &&
                                 m.TypeParameterList is null && m.Modifiers.Any(SyntaxKind.OverrideKeyword));

    /// <summary>The body's nodes outside the lambdas and local functions it declares (whose <c>return</c>s are their own).</summary>
    private static IEnumerable<SyntaxNode> OwnNodes(SyntaxNode body) =>
        body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax));

    private static bool IsCopyable(SyntaxNode body) =>
        !body.DescendantNodes().Any(n => n is StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax) &&
        !body.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText.StartsWith(Prefix, System.StringComparison.Ordinal));

    /// <summary>
    /// Whether the body has a compile error: the copy would report it a second time. While the generator runs, the members
    /// it adds do not exist, so a read of one is an error here and not in the build; only the one whose validity is known
    /// here is let through, <c>InputValues.Name</c> with an input of this script. Any other (an imported indicator's
    /// <c>Plots</c>, <c>Inputs.Name</c>) keeps the plain loop, so that a real error there is not reported twice.
    /// </summary>
    private static bool HasErrors(ParseContext parse, SyntaxNode body, InputList inputs)
    {
        SyntaxNode root = body.SyntaxTree.GetRoot(parse.CancellationToken);
        foreach (Diagnostic diagnostic in parse.SemanticModel.GetDiagnostics(body.Span, parse.CancellationToken))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error &&
                !IsInputValuesRead(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), inputs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="node"/> is <c>InputValues</c> (or <c>this.InputValues</c>) read for one of the script's inputs.</summary>
    private static bool IsInputValuesRead(SyntaxNode node, InputList inputs)
    {
        if (node is not IdentifierNameSyntax { Identifier.ValueText: "InputValues" } name)
        {
            return false;
        }

        ExpressionSyntax values = name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self && self.Name == name ? self : name;
        return values.Parent is MemberAccessExpressionSyntax read && read.Expression == values &&
               inputs.Any(input => input.Name == read.Name.Identifier.ValueText);
    }

    /// <summary>The file's <c>extern alias</c> and (non-global) <c>using</c> directives, which the copy needs to bind as the body does.</summary>
    private static EquatableArray<string>? FileUsings(TypeDeclarationSyntax declaration)
    {
        if (declaration.SyntaxTree.GetRoot() is not CompilationUnitSyntax unit)
        {
            return null;
        }

        return unit.Externs.Select(e => e.WithoutTrivia().ToString())
            .Concat(unit.Usings.Where(u => u.GlobalKeyword.IsKind(SyntaxKind.None)).Select(u => u.WithoutTrivia().ToString()))
            .ToEquatableArray();
    }

    /// <summary>
    /// The directives of the namespace declaration holding the script; null when the script is nested in a type or an
    /// outer namespace declaration has directives of its own (the generated part is one namespace block, where they
    /// would be looked up in another order).
    /// </summary>
    private static EquatableArray<string>? NamespaceUsings(TypeDeclarationSyntax declaration)
    {
        switch (declaration.Parent)
        {
            case CompilationUnitSyntax:
                return EquatableArray<string>.Empty;
            case BaseNamespaceDeclarationSyntax holder:
                foreach (BaseNamespaceDeclarationSyntax outer in holder.Ancestors().OfType<BaseNamespaceDeclarationSyntax>())
                {
                    if (outer.Usings.Count > 0 || outer.Externs.Count > 0)
                    {
                        return null;
                    }
                }

                return holder.Externs.Select(e => e.WithoutTrivia().ToString())
                    .Concat(holder.Usings.Select(u => u.WithoutTrivia().ToString()))
                    .ToEquatableArray();
            default:
                return null;
        }
    }

    /// <summary>The body with <paramref name="edits"/> made: their <see cref="Edit.RecordingText"/> where they have one, when <paramref name="recording"/>.</summary>
    private static string Rewrite(SyntaxNode body, List<Edit> edits, bool recording)
    {
        string original = body.ToString();
        var text = new StringBuilder(original.Length + 64 * edits.Count);
        int at = 0;
        foreach (Edit edit in edits.OrderBy(e => e.Start).ThenBy(e => e.Length))
        {
            int offset = edit.Start - body.SpanStart;
            text.Append(original, at, offset - at).Append(recording ? edit.RecordingText ?? edit.Text : edit.Text);
            at = offset + edit.Length;
        }

        return text.Append(original, at, original.Length - at).ToString();
    }

    /// <summary>
    /// Text replacing <paramref name="Length"/> characters at <paramref name="Start"/> of the script's file; in the copy
    /// for a run recording shared series, <paramref name="RecordingText"/> when there is one (a shared site's call).
    /// </summary>
    private readonly record struct Edit(int Start, int Length, string Text, string? RecordingText = null);
}
