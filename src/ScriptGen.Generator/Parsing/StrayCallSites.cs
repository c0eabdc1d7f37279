using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Finds <c>ta</c>, <c>input</c> and <c>chart</c> calls that no script parse will see: outside any class
/// declaration marked [Strategy] or [Indicator] (a helper class, another part of a partial script).
/// They cannot be intercepted and would fail at run time, so they are errors.
/// </summary>
internal static class StrayCallSites
{
    public static bool IsCandidate(SyntaxNode node) =>
        node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax };

    public static DiagnosticInfo? Check(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        try
        {
            if (context.SemanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return null;
            }

            string? receiver = method.ContainingType.ToDisplayString() switch
            {
                "ScriptGen.Namespaces.PineTa" => "ta",
                "ScriptGen.Namespaces.PineInput" => "input",
                "ScriptGen.Namespaces.PineChart" => "chart",
                _ => null,
            };
            if (receiver is null || IsInScriptDeclaration(context.SemanticModel, invocation, cancellationToken))
            {
                return null;
            }

            var name = ((MemberAccessExpressionSyntax)invocation.Expression).Name;
            return DiagnosticInfo.Create(DiagnosticDescriptors.CallSiteOutsideScript, LocationInfo.From(name), receiver + "." + method.Name);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.From(invocation), "call site", failure.Message);
        }
    }

    private static bool IsInScriptDeclaration(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        ClassDeclarationSyntax? declaration = invocation.Ancestors().OfType<ClassDeclarationSyntax>().FirstOrDefault();
        if (declaration is null || declaration.AttributeLists.Count == 0)
        {
            return false;
        }

        return model.GetDeclaredSymbol(declaration, cancellationToken) is { } type &&
               type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is KnownNames.StrategyAttribute or KnownNames.IndicatorAttribute);
    }
}
