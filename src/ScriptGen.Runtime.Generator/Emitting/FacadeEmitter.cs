using System.Collections.Generic;
using System.Linq;
using ScriptGen.Generator.Emitting;
using ScriptGen.Runtime.Generator.Model;

namespace ScriptGen.Runtime.Generator.Emitting;

/// <summary>The facade methods scripts call (<c>ta.Sma(close, 20)</c>): signatures only, each call intercepted per call site.</summary>
internal static class FacadeEmitter
{
    public static string Emit(NamespaceTargets targets, IReadOnlyList<FunctionDecl> declarations)
    {
        var code = new CodeWriter();
        code.Line(Header.Text.TrimEnd('\n'));
        code.Line();
        code.Line($"namespace {targets.FacadeNamespace};");
        code.Line();
        using (code.Block($"public {targets.FacadeKeyword} {targets.Facade}"))
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
                    EmitFacade(code, targets, declaration, overload);
                }
            }
        }

        return code.ToString();
    }

    /// <summary>The parameters a script passes: the declaration's, less bar values and what the overload fills.</summary>
    public static IEnumerable<ParameterDecl> FacadeParameters(FunctionDecl declaration, OverloadDecl overload) =>
        declaration.Parameters.Where(p => p.Bar is null && !overload.Implicit.Any(i => i.Parameter == p.Name));

    private static void EmitFacade(CodeWriter code, NamespaceTargets targets, FunctionDecl declaration, OverloadDecl overload)
    {
        ParameterDecl[] parameters = FacadeParameters(declaration, overload).ToArray();
        string pine = DocText.PineCall(declaration, overload, parameters.Select(p => p.Name).ToArray());
        code.Line($"/// <summary>{DocText.Summary(declaration, overload, barsAbsent: true)} Pine: <c>{pine}</c>.</summary>");
        foreach (ParameterDecl parameter in parameters)
        {
            code.Line($"/// <param name=\"{parameter.Name}\">{DocText.Parameter(parameter)}</param>");
        }

        code.Line($"[global::ScriptGen.CompilerServices.InterceptedBy(typeof({targets.AdaptersType}))]");
        string list = string.Join(", ", parameters.Select(p => $"{p.Type} {Identifier(p.Name)}{(p.DefaultLiteral is null ? string.Empty : " = " + p.DefaultLiteral)}"));
        code.Line($"public {declaration.ReturnType} {overload.Name}({list}) =>");
        code.Line($"    throw global::ScriptGen.CompilerServices.CallSites.NotIntercepted(\"{targets.Pine}.{overload.Name}\");");
    }

    public static string Identifier(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;
}
