using System.Linq;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Emitting;

/// <summary>
/// The members a sweep uses to share call sites' series between runs (see <see cref="Parsing.SharedCallSites"/>):
/// one <c>SharedSeries&lt;T&gt;</c> field per shareable site (null outside sweeps), the site count, each site's key
/// (the inputs its arguments read) and the method the sweep attaches the run's series through; and the body of a
/// shareable site's interceptor, which reads the shared series when the run was given one to read, and otherwise
/// computes the value as any other site and records it when the run was chosen to record it.
/// </summary>
internal static class SharedCallEmitter
{
    private const string SharedSeries = "global::ScriptGen.CompilerServices.SharedSeries";
    private const string SharedCallPlan = "global::ScriptGen.CompilerServices.SharedCallPlan";

    public static void EmitMembers(CodeWriter code, ScriptSpec script)
    {
        if (script.SharedCalls.Count == 0)
        {
            return;
        }

        foreach (SharedCallSpec shared in script.SharedCalls)
        {
            InterceptedCallSpec call = script.Calls[shared.CallIndex];
            code.Line($"// {call.Function} at {CommentText.Line(call.Location.Display)}: {KeyDescription(shared)}");
            code.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            code.Line($"internal {SharedSeries}<{shared.ValueType}>? __shared{shared.Site};");
            code.Line();
        }

        code.Line($"protected override int SharedCallCount => {script.SharedCalls.Count};");
        code.Line();
        code.Line("protected override object GetSharedCallKey(int site) => site switch");
        code.Line("{");
        foreach (SharedCallSpec shared in script.SharedCalls)
        {
            code.Line($"    {shared.Site} => {KeyExpression(shared)},");
        }

        code.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(site), site, \"" +
                  $"{script.ClassName} has {script.SharedCalls.Count} shared call site{(script.SharedCalls.Count == 1 ? "" : "s")}.\"),");
        code.Line("};");
        code.Line();
        using (code.Block($"protected override void AttachSharedCalls({SharedCallPlan} plan)"))
        {
            foreach (SharedCallSpec shared in script.SharedCalls)
            {
                code.Line($"__shared{shared.Site} = plan.For<{shared.ValueType}>({shared.Site});");
            }
        }

        code.Line();
    }

    /// <summary>
    /// The interceptor of a shared site (and the recording inline loop's method for it): its signature, then a body around
    /// the expression that computes the call as unshared sites do.
    /// </summary>
    public static void EmitInterceptor(CodeWriter code, ScriptSpec script, SharedCallSpec shared, string signature, string compute)
    {
        using (code.Block(signature))
        {
            code.Line($"var script = global::System.Runtime.CompilerServices.Unsafe.As<{script.GlobalName}>(receiver.Owner);");
            code.Line($"var shared = script.__shared{shared.Site};");
            using (code.Block("if (shared is not null && shared.IsReading)"))
            {
                code.Line("return shared.Read(script);");
            }

            code.Line();
            code.Line($"{shared.ValueType} value = {compute};");
            code.Line("shared?.Record(script, value);");
            code.Line("return value;");
        }
    }

    private static string KeyExpression(SharedCallSpec shared) => shared.KeyInputs.Count switch
    {
        0 => $"{SharedCallPlan}.NoInputs",
        1 => $"InputValues.{Parsing.SymbolNames.Identifier(shared.KeyInputs[0])}",
        _ => "(" + string.Join(", ", shared.KeyInputs.Select(name => "InputValues." + Parsing.SymbolNames.Identifier(name))) + ")",
    };

    private static string KeyDescription(SharedCallSpec shared) =>
        shared.KeyInputs.Count == 0
            ? "shared by every run of a sweep over the same bars (it reads no input)"
            : "shared by the runs of a sweep with equal " + string.Join(", ", shared.KeyInputs);
}
