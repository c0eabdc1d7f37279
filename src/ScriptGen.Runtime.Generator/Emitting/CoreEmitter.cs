using System.Collections.Generic;
using System.Linq;
using ScriptGen.Generator.Emitting;
using ScriptGen.Runtime.Generator.Model;

namespace ScriptGen.Runtime.Generator.Emitting;

/// <summary>
/// The namespace's overridable core methods (<c>TaNamespace.Sma(ref SmaState, source, length)</c>): one
/// per declaration, taking the call site's state by reference and every parameter, bar values included,
/// in the declaration's order, and calling the declaration. What <c>RegisterNamespace("ta", new MyTa())</c>
/// overrides.
/// </summary>
internal static class CoreEmitter
{
    public static string Emit(NamespaceTargets targets, IReadOnlyList<FunctionDecl> declarations)
    {
        var code = new CodeWriter();
        code.Line(Header.Text.TrimEnd('\n'));
        code.Line();
        code.Line($"namespace {targets.CoreNamespace};");
        code.Line();
        using (code.Block($"public partial class {targets.Core}"))
        {
            for (int i = 0; i < declarations.Count; i++)
            {
                if (i > 0)
                {
                    code.Line();
                }

                EmitCore(code, declarations[i]);
            }
        }

        return code.ToString();
    }

    /// <summary>The core's parameter list: the state (unless the declaration is static), then the declaration's parameters.</summary>
    public static string Parameters(FunctionDecl declaration) =>
        string.Join(", ", StateParameter(declaration)
            .Concat(declaration.Parameters.Select(p => $"{p.Type} {FacadeEmitter.Identifier(p.Name)}")));

    private static IEnumerable<string> StateParameter(FunctionDecl declaration)
    {
        if (!declaration.IsStatic)
        {
            yield return $"ref {declaration.DeclaringType} state";
        }
    }

    private static void EmitCore(CodeWriter code, FunctionDecl declaration)
    {
        string[] pineArguments = declaration.Parameters.Where(p => p.Bar is null).Select(p => p.Name).ToArray();
        string pine = $"{declaration.PineName}({string.Join(", ", pineArguments)})";
        code.Line($"/// <summary><c>{pine}</c>: {DocText.Summary(declaration, null, barsAbsent: false)}</summary>");
        if (!declaration.IsStatic)
        {
            code.Line("/// <param name=\"state\">The call site's state.</param>");
        }

        foreach (ParameterDecl parameter in declaration.Parameters)
        {
            code.Line($"/// <param name=\"{parameter.Name}\">{DocText.Parameter(parameter)}</param>");
        }

        string arguments = string.Join(", ", declaration.Parameters.Select(p => FacadeEmitter.Identifier(p.Name)));
        string target = declaration.IsStatic ? declaration.DeclaringType : "state";
        code.Line($"public virtual {declaration.ReturnType} {declaration.CoreName}({Parameters(declaration)}) =>");
        code.Line($"    {target}.{declaration.MethodName}({arguments});");
    }
}
