using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary><c>chart.Plot</c> calls: each call site is one plot whose title is known at compile time.</summary>
internal static class PlotCalls
{
    public static InterceptedCallSpec? Bind(
        ParseContext parse, IMethodSymbol facade, InvocationExpressionSyntax invocation, InterceptLocationSpec location, CallSites calls)
    {
        string function = "chart." + facade.Name;
        if (facade.Name != "Plot")
        {
            parse.Report(DiagnosticDescriptors.InternalError, invocation, parse.Script.Name, $"{function} is not known to the generator");
            return null;
        }

        ConstantArguments arguments = ConstantArguments.Read(parse, invocation, facade);
        string? title = arguments.IsGiven("title")
            ? arguments.Value("title") as string
            : facade.Parameters.FirstOrDefault(p => p.Name == "title")?.ExplicitDefaultValue as string;
        if (title is null)
        {
            parse.Report(DiagnosticDescriptors.PlotTitleNotConstant, arguments.Syntax("title") ?? invocation);
            return null;
        }

        var plot = new PlotSpec(calls.Plots.Count, Literals.String(title), PlotMemberNames.Unique(title, calls.Plots));
        calls.Plots.Add(plot);
        return new InterceptedCallSpec(
            InterceptKind.Plot,
            location,
            function,
            SymbolNames.FullyQualified(facade.ContainingType),
            SymbolNames.FullyQualified(facade.ReturnType),
            NamespaceCallBinder.Parameters(facade),
            SlotIndex: -1,
            StateType: null,
            CoreMethod: facade.Name,
            CoreArguments: EquatableArray<string>.Empty,
            TargetIndex: plot.Index,
            TargetName: null);
    }
}
