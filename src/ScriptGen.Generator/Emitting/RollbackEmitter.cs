using ScriptGen.Generator.Model;
using ScriptGen.Generator.Parsing;

namespace ScriptGen.Generator.Emitting;

/// <summary>
/// A strategy's side of <c>calc_on_order_fills</c> (broker-rules.md rule 9): one run of the bar body,
/// and the bar-start copy of every field, series and call-site state that each re-run after a fill
/// starts from. The copies live in fields of the script, so saving allocates nothing after the first
/// bar that needs it; bars without a fill never save.
/// </summary>
internal static class RollbackEmitter
{
    private const string Hidden = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    public static void Emit(CodeWriter code, ScriptSpec script)
    {
        code.Line();
        EmitRunBarBody(code, script);
        code.Line();
        code.Line($"protected override string? BarStateRollbackProblem => {script.RollbackProblem ?? "null"};");
        if (script.RollbackProblem is not null)
        {
            return; // The run refuses calc_on_order_fills, so there is nothing to save.
        }

        code.Line();
        for (int slot = 0; slot < script.StateFields.Count; slot++)
        {
            code.Line(Hidden);
            code.Line($"private {script.StateFields[slot].Type} __saved{slot};");
            code.Line();
        }

        for (int i = 0; i < script.RollbackMembers.Count; i++)
        {
            code.Line(Hidden);
            code.Line($"private {script.RollbackMembers[i].Type} __savedMember{i} = default!;");
            code.Line();
        }

        using (code.Block("protected override void SaveBarState()"))
        {
            EmitCopies(code, script, save: true);
        }

        code.Line();
        using (code.Block("protected override void RestoreBarState()"))
        {
            EmitCopies(code, script, save: false);
        }
    }

    private static void EmitRunBarBody(CodeWriter code, ScriptSpec script)
    {
        using (code.Block("protected override void RunBarBody()"))
        {
            ScriptEmitter.EmitBodyRun(code, script);
        }
    }

    private static void EmitCopies(CodeWriter code, ScriptSpec script, bool save)
    {
        for (int slot = 0; slot < script.StateFields.Count; slot++)
        {
            string live = $"__slot{slot}", copy = $"__saved{slot}";
            (string from, string to) = save ? (live, copy) : (copy, live);
            code.Line(script.StateFields[slot].Copy == StateCopy.CopyTo ? $"{from}.CopyTo(ref {to});" : $"{to} = {from};");
        }

        foreach (string series in script.SeriesFields)
        {
            code.Line($"{SymbolNames.Identifier(series)}.{(save ? "SaveBarStart" : "RestoreBarStart")}();");
        }

        for (int i = 0; i < script.RollbackMembers.Count; i++)
        {
            string member = script.RollbackMembers[i].Name, copy = $"__savedMember{i}";
            code.Line(save ? $"{copy} = {member};" : $"{member} = {copy};");
        }
    }
}
