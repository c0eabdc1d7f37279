using System.Collections.Generic;
using System.Linq;
using ScriptGen.Generator.Emitting;
using ScriptGen.Runtime.Generator.Model;

namespace ScriptGen.Runtime.Generator.Emitting;

/// <summary>
/// The adapters the script generator's interceptors call, one per facade overload, named like it:
/// <c>TaCalls.Sma(owner, ns, ref state, source, length)</c> passes the bar values the declaration reads and
/// calls the registered namespace's core method. The script generator binds a facade to its adapter through
/// <c>[InterceptedBy]</c>, so it needs to know nothing about any function.
/// </summary>
internal static class AdapterEmitter
{
    private const string BarValues = "global::ScriptGen.CompilerServices.BarValues";

    public static string Emit(NamespaceTargets targets, IReadOnlyList<FunctionDecl> declarations)
    {
        var code = new CodeWriter();
        code.Line(Header.Text.TrimEnd('\n'));
        code.Line();
        code.Line($"namespace {targets.AdaptersNamespace};");
        code.Line();
        code.Line($"/// <summary>The calls generated interceptors make for <c>{targets.Pine}</c> functions (generated code only).</summary>");
        code.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (code.Block($"public static class {targets.Adapters}"))
        {
            bool first = true;
            foreach (FunctionDecl declaration in declarations)
            {
                foreach (OverloadDecl overload in declaration.Overloads)
                {
                    if (!first)
                    {
                        code.Line();
                    }

                    first = false;
                    if (overload.EveryBar)
                    {
                        EmitEveryBar(code, targets, declaration, overload);
                    }
                    else
                    {
                        EmitAdapter(code, targets, declaration, overload);
                    }
                }
            }
        }

        return code.ToString();
    }

    private static void EmitAdapter(CodeWriter code, NamespaceTargets targets, FunctionDecl declaration, OverloadDecl overload)
    {
        var parameters = new List<string> { "global::ScriptGen.Script owner", $"{targets.CoreType} ns" };
        if (!declaration.IsStatic)
        {
            parameters.Add($"ref {declaration.DeclaringType} state");
        }

        parameters.AddRange(FacadeEmitter.FacadeParameters(declaration, overload).Select(p => $"{p.Type} {FacadeEmitter.Identifier(p.Name)}"));
        var arguments = new List<string>();
        if (!declaration.IsStatic)
        {
            arguments.Add("ref state");
        }

        arguments.AddRange(declaration.Parameters.Select(p => Argument(declaration, overload, p, back: null)));
        Signature(code, declaration, overload, parameters);
        code.Line($"    ns.{declaration.CoreName}({string.Join(", ", arguments)});");
    }

    /// <summary>A built-in variable: the state first feeds every bar its call site skipped, so the value is the same wherever it is read.</summary>
    private static void EmitEveryBar(CodeWriter code, NamespaceTargets targets, FunctionDecl declaration, OverloadDecl overload)
    {
        string stateType = $"global::ScriptGen.CompilerServices.EveryBarState<{declaration.DeclaringType}, {declaration.ReturnType}>";
        var parameters = new List<string> { "global::ScriptGen.Script owner", $"{targets.CoreType} ns", $"ref {stateType} state" };
        parameters.AddRange(FacadeEmitter.FacadeParameters(declaration, overload).Select(p => $"{p.Type} {FacadeEmitter.Identifier(p.Name)}"));
        string arguments = string.Join(", ", declaration.Parameters.Select(p => Argument(declaration, overload, p, back: "back")).Prepend("ref state.State"));
        code.Line($"/// <summary>The generated call of <c>{declaration.PineName}</c>, fed every bar up to this one.</summary>");
        code.Line($"public static {declaration.ReturnType} {overload.Name}({string.Join(", ", parameters)})");
        code.Line("{");
        code.Line($"    int current = {BarValues}.BarIndex(owner);");
        code.Line("    for (int bar = state.NextBar; bar <= current; bar++)");
        code.Line("    {");
        code.Line("        int back = current - bar;");
        code.Line($"        state.Last = ns.{declaration.CoreName}({arguments});");
        code.Line("    }");
        code.Line();
        code.Line("    state.NextBar = current + 1;");
        code.Line("    return state.Last;");
        code.Line("}");
    }

    private static void Signature(CodeWriter code, FunctionDecl declaration, OverloadDecl overload, List<string> parameters)
    {
        code.Line($"/// <summary>The generated call of <c>{declaration.PineName}</c>.</summary>");
        code.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        code.Line($"public static {declaration.ReturnType} {overload.Name}({string.Join(", ", parameters)}) =>");
    }

    /// <summary>What the call passes for <paramref name="parameter"/>: the script's argument, or a bar value (<paramref name="back"/> bars ago).</summary>
    private static string Argument(FunctionDecl declaration, OverloadDecl overload, ParameterDecl parameter, string? back)
    {
        string? bar = parameter.Bar ?? overload.Implicit.FirstOrDefault(i => i.Parameter == parameter.Name)?.Bar;
        if (bar is null)
        {
            return FacadeEmitter.Identifier(parameter.Name);
        }

        return (bar, back) switch
        {
            ("BarIndex", { } b) => $"current - {b}",
            ("ExchangeTimeZone", _) => $"{BarValues}.ExchangeTimeZone(owner)",
            ("SymbolSession", _) => $"{BarValues}.SymbolSession(owner)", // one per run: no value "bars ago"
            (_, { } b) => $"{BarValues}.{bar}(owner, {b})",
            _ => $"{BarValues}.{bar}(owner)",
        };
    }
}
