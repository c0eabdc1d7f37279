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
    private const string PriceSeries = "global::ScriptGen.PriceSeries";

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
            EmitAll(code, targets, declarations, direct: false);
            EmitDefaultAdapters(code, targets, declarations);
            EmitInPlaceAdapters(code, targets, declarations);
        }

        return code.ToString();
    }

    /// <summary>One adapter per overload of <paramref name="declarations"/>, a blank line between them.</summary>
    private static void EmitAll(CodeWriter code, NamespaceTargets targets, IEnumerable<FunctionDecl> declarations, bool direct)
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
                    EmitEveryBar(code, targets, declaration, overload, direct);
                }
                else
                {
                    EmitAdapter(code, targets, declaration, overload, direct);
                }
            }
        }
    }

    /// <summary>
    /// The stateful adapters again, for the script's inline bar loop when the registered namespace is the default one:
    /// they call the declaration itself, not the namespace's virtual core, so a call site's state kept in a local of the
    /// loop is never passed by reference to a call the JIT cannot inline (which would keep it out of registers).
    /// </summary>
    private static void EmitDefaultAdapters(CodeWriter code, NamespaceTargets targets, IReadOnlyList<FunctionDecl> declarations)
    {
        code.Line();
        code.Line($"/// <summary>The stateful calls when the registered <c>{targets.Pine}</c> is the default <see cref=\"{targets.CoreType}\"/>: straight to the declaration.</summary>");
        code.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (code.Block("public static class Default"))
        {
            EmitAll(code, targets, declarations.Where(d => !d.IsStatic), direct: true);
        }
    }

    /// <summary>
    /// The stateful calls whose series the declaration reads in place from a bar column (<c>[PineFunction(InPlace = ...)]</c>),
    /// for the script's inline bar loop where the argument is a bar column and the call runs on every bar: the series
    /// parameter is a <c>PriceSeries</c> (or, for an overload that reads the bar's high or the like itself, that column).
    /// The script generator binds a call to its twin here by name and parameters, as it binds the <c>Default</c> ones.
    /// </summary>
    private static void EmitInPlaceAdapters(CodeWriter code, NamespaceTargets targets, IReadOnlyList<FunctionDecl> declarations)
    {
        var overloads = declarations
            .Where(d => d.InPlace is not null)
            .SelectMany(d => d.Overloads.Where(o => !o.EveryBar && ColumnOf(d, o) is not null).Select(o => (Declaration: d, Overload: o)))
            .ToList();
        if (overloads.Count == 0)
        {
            return;
        }

        code.Line();
        code.Line($"/// <summary>The stateful calls of the inline bar loop whose series is a bar column, read in place when the registered <c>{targets.Pine}</c> is the default one.</summary>");
        code.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (code.Block("public static class InPlace"))
        {
            for (int i = 0; i < overloads.Count; i++)
            {
                if (i > 0)
                {
                    code.Line();
                }

                EmitInPlaceAdapter(code, overloads[i].Declaration, overloads[i].Overload);
            }
        }
    }

    private static void EmitInPlaceAdapter(CodeWriter code, FunctionDecl declaration, OverloadDecl overload)
    {
        InPlaceDecl inPlace = declaration.InPlace!;
        var parameters = new List<string> { "global::ScriptGen.Script owner", $"ref {declaration.DeclaringType} state" };
        parameters.AddRange(FacadeEmitter.FacadeParameters(declaration, overload).Select(p =>
            $"{(p.Name == inPlace.Parameter ? PriceSeries : p.Type)} {FacadeEmitter.Identifier(p.Name)}"));
        IEnumerable<string> values = declaration.Parameters.Select(p =>
            p.Name == inPlace.Parameter && ColumnOf(declaration, overload) is { Length: > 0 } column
                ? $"{BarValues}.Column(owner, global::ScriptGen.PriceSource.{column})"
                : Argument(declaration, overload, p, back: null));
        Signature(code, declaration, overload, parameters);
        code.Line($"    state.{inPlace.Method}({string.Join(", ", values)});");
    }

    /// <summary>
    /// The column an in-place overload's series reads: empty when the script passes it, the column's name when the overload
    /// fills it with a bar price itself, null when it fills it with something that is not a column (<c>close[1]</c>).
    /// </summary>
    private static string? ColumnOf(FunctionDecl declaration, OverloadDecl overload)
    {
        string? bar = overload.Implicit.FirstOrDefault(i => i.Parameter == declaration.InPlace!.Parameter)?.Bar;
        return bar switch
        {
            null => string.Empty,
            "Open" or "High" or "Low" or "Close" or "Volume" or "Hl2" or "Hlc3" or "Ohlc4" or "Hlcc4" => bar,
            _ => null,
        };
    }

    private static void EmitAdapter(CodeWriter code, NamespaceTargets targets, FunctionDecl declaration, OverloadDecl overload, bool direct)
    {
        var parameters = new List<string> { "global::ScriptGen.Script owner" };
        if (!direct)
        {
            parameters.Add($"{targets.CoreType} ns");
        }

        if (!declaration.IsStatic)
        {
            parameters.Add($"ref {declaration.DeclaringType} state");
        }

        parameters.AddRange(FacadeEmitter.FacadeParameters(declaration, overload).Select(p => $"{p.Type} {FacadeEmitter.Identifier(p.Name)}"));
        IEnumerable<string> values = declaration.Parameters.Select(p => Argument(declaration, overload, p, back: null));
        Signature(code, declaration, overload, parameters);
        code.Line($"    {Computation(declaration, direct, "state", values)};");
    }

    /// <summary>
    /// The call that computes the function: the registered namespace's core method, given the state by reference, or
    /// (<paramref name="direct"/>) the declaration itself on the state.
    /// </summary>
    private static string Computation(FunctionDecl declaration, bool direct, string state, IEnumerable<string> values)
    {
        if (direct)
        {
            string target = declaration.IsStatic ? declaration.DeclaringType : state;
            return $"{target}.{declaration.MethodName}({string.Join(", ", values)})";
        }

        IEnumerable<string> arguments = declaration.IsStatic ? values : values.Prepend("ref " + state);
        return $"ns.{declaration.CoreName}({string.Join(", ", arguments)})";
    }

    /// <summary>A built-in variable: the state first feeds every bar its call site skipped, so the value is the same wherever it is read.</summary>
    private static void EmitEveryBar(CodeWriter code, NamespaceTargets targets, FunctionDecl declaration, OverloadDecl overload, bool direct)
    {
        string stateType = $"global::ScriptGen.CompilerServices.EveryBarState<{declaration.DeclaringType}, {declaration.ReturnType}>";
        var parameters = new List<string> { "global::ScriptGen.Script owner" };
        if (!direct)
        {
            parameters.Add($"{targets.CoreType} ns");
        }

        parameters.Add($"ref {stateType} state");
        parameters.AddRange(FacadeEmitter.FacadeParameters(declaration, overload).Select(p => $"{p.Type} {FacadeEmitter.Identifier(p.Name)}"));
        string computation = Computation(declaration, direct, "state.State", declaration.Parameters.Select(p => Argument(declaration, overload, p, back: "back")));
        code.Line($"/// <summary>The generated call of <c>{declaration.PineName}</c>, fed every bar up to this one.</summary>");
        code.Line($"public static {declaration.ReturnType} {overload.Name}({string.Join(", ", parameters)})");
        code.Line("{");
        code.Line($"    int current = {BarValues}.BarIndex(owner);");
        code.Line("    for (int bar = state.NextBar; bar <= current; bar++)");
        code.Line("    {");
        code.Line("        int back = current - bar;");
        code.Line($"        state.Last = {computation};");
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
