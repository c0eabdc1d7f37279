using System.Collections.Generic;
using System.Linq;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Emitting;

/// <summary>
/// One interceptor per call site, in <c>ScriptGen.Generated</c> (the namespace the package lists in
/// <c>InterceptorsNamespaces</c>). Each reaches its script's state field directly: the parser only
/// intercepts calls on the script's own member, so the receiver's owner is that script.
/// </summary>
internal static class InterceptorEmitter
{
    public static void Emit(CodeWriter code, ScriptSpec script)
    {
        if (script.Calls.Count == 0)
        {
            return;
        }

        code.Line();
        using (code.Block($"namespace {KnownNames.GeneratedNamespace}"))
        {
            code.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"ScriptGen.Generator\", \"" + GeneratorVersion.Value + "\")]");
            using (code.Block($"file static class {script.ClassName}Interceptors"))
            {
                for (int i = 0; i < script.Calls.Count; i++)
                {
                    if (i > 0)
                    {
                        code.Line();
                    }

                    EmitInterceptor(code, script, script.Calls[i], i);
                }

                foreach (int call in script.InlineBody?.Calls ?? EquatableArray<int>.Empty)
                {
                    code.Line();
                    InlineLoopEmitter.EmitInlineMethods(code, script, script.Calls[call], call);
                }
            }
        }

        code.Line();
        using (code.Block("namespace System.Runtime.CompilerServices"))
        {
            code.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Method, AllowMultiple = true)]");
            using (code.Block("file sealed class InterceptsLocationAttribute : global::System.Attribute"))
            {
                code.Line("public InterceptsLocationAttribute(int version, string data) { }");
            }
        }
    }

    private static void EmitInterceptor(CodeWriter code, ScriptSpec script, InterceptedCallSpec call, int index)
    {
        string parameters = string.Concat(call.Parameters.Select(p => $", {p.Type} {p.Name}"));
        code.Line($"// {call.Function} at {CommentText.Line(call.Location.Display)}");
        code.Line($"[global::System.Runtime.CompilerServices.InterceptsLocation({call.Location.Version}, \"{call.Location.Data}\")]");
        EmitMethod(code, script, call, index, $"public static {call.ReturnType} Call{index}(this in {call.ReceiverType} receiver{parameters})");
    }

    /// <summary>Call <paramref name="index"/>'s interceptor: the body, wrapped in the shared-series read and record when a sweep may share the site.</summary>
    private static void EmitMethod(CodeWriter code, ScriptSpec script, InterceptedCallSpec call, int index, string signature)
    {
        if (script.SharedCalls.FirstOrDefault(shared => shared.CallIndex == index) is { } sharedCall)
        {
            SharedCallEmitter.EmitInterceptor(code, script, sharedCall, signature, Body(script, call, owner: "script", inline: false));
            return;
        }

        code.Line(signature);
        code.Line($"    => {Body(script, call, owner: null, inline: false)};");
    }

    /// <summary>
    /// The inline loop's method computing <paramref name="call"/>: the body alone, since the loop reads a shared site's series
    /// itself and a run recording one takes the other loop, which calls <see cref="EmitRecordingMethod"/>'s.
    /// </summary>
    public static void EmitInlineMethod(CodeWriter code, ScriptSpec script, InterceptedCallSpec call, string signature)
    {
        code.Line(signature);
        code.Line($"    => {Body(script, call, owner: null, inline: true)};");
    }

    /// <summary>
    /// The recording loop's method computing shared <paramref name="call"/>: as its interceptor, the series read when the run
    /// reads it (a call whose value is dropped; the loop reads the others itself), else the body, and the value recorded
    /// when the run records the site.
    /// </summary>
    public static void EmitRecordingMethod(CodeWriter code, ScriptSpec script, InterceptedCallSpec call, SharedCallSpec shared, string signature) =>
        SharedCallEmitter.EmitInterceptor(code, script, shared, signature, Body(script, call, owner: "script", inline: true));

    /// <summary>
    /// What the call computes, over the interceptor's parameters: <paramref name="inline"/>, for the inline bar loop, with
    /// the state a <c>ref state</c> parameter and a stateful call going to the declaration itself (the loop runs so only
    /// when the default namespace is registered).
    /// </summary>
    private static string Body(ScriptSpec script, InterceptedCallSpec call, string? owner, bool inline)
    {
        owner ??= $"global::System.Runtime.CompilerServices.Unsafe.As<{script.GlobalName}>(receiver.Owner)";
        switch (call.Kind)
        {
            case InterceptKind.Namespace when inline && call.SlotIndex >= 0:
                return $"{call.PairedCoreMethod ?? (call.ReadsInPlace ? call.InPlaceCoreMethod : call.DirectCoreMethod)}({string.Join(", ", call.CoreArguments.Prepend("ref state").Prepend("receiver.Owner"))})";
            case InterceptKind.Namespace:
                // The adapter (CoreMethod) takes the script, the registered namespace, the slot and the call's arguments.
                var arguments = new List<string> { "receiver.Owner", "receiver.Namespace" };
                if (call.SlotIndex >= 0)
                {
                    arguments.Add($"ref {owner}.__slot{call.SlotIndex}");
                }

                arguments.AddRange(call.CoreArguments);
                return $"{call.CoreMethod}({string.Join(", ", arguments)})";
            case InterceptKind.Input:
                return $"receiver.Namespace.{call.CoreMethod}({script.GlobalName}.Metadata.Inputs[{call.TargetIndex}], {owner}.InputValues.{Parsing.SymbolNames.Identifier(call.TargetName!)})";
            default:
                // The adapter takes the script, the registered namespace, the element's index and the per-bar arguments.
                return $"global::ScriptGen.CompilerServices.ChartCalls.{call.CoreMethod}(receiver.Owner, receiver.Namespace, {call.TargetIndex}" +
                       string.Concat(call.CoreArguments.Select(argument => ", " + argument)) + ")";
        }
    }
}
