using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Finds calls on namespace facades (<c>ta</c>, <c>math</c>, <c>input</c>, <c>chart</c>) that no script
/// parse sees: outside any class declaration marked [Strategy] or [Indicator] (a helper class, another
/// part of a partial script). They cannot be intercepted and would fail at run time, so they are
/// errors. Plain calls (<c>[PlainCall]</c>, such as <c>math.Abs</c>) work anywhere and are not reported.
/// </summary>
internal static class StrayCallSites
{
    /// <summary>
    /// Syntax only, so it runs on every invocation of every edited file: calls whose receiver is named
    /// like a facade member (<see cref="KnownNames.FacadeMembers"/>: <c>ta.X()</c>, <c>this.ta.X()</c>,
    /// <c>other.ta.X()</c>). These members are protected on scripts, so that is how code reaches them. Calls in
    /// a script's attributed declaration are the script parse's.
    /// </summary>
    public static bool IsCandidate(SyntaxNode node) =>
        node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } } &&
        ReceiverName(receiver) is not null &&
        !InScriptDeclaration(node);

    /// <summary>
    /// Whether the call's nearest type declaration carries an attribute named Strategy or Indicator: the script
    /// parse checks those calls, so they are not bound here (on every edit, in every file).
    /// </summary>
    private static bool InScriptDeclaration(SyntaxNode node) =>
        node.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault() is { } type &&
        (ScriptBaseFork.HasAttributeNamed(type, "Strategy") || ScriptBaseFork.HasAttributeNamed(type, "Indicator"));

    public static DiagnosticInfo? Check(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var access = (MemberAccessExpressionSyntax)invocation.Expression;
        try
        {
            TypeDeclarationSyntax? declaration = invocation.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            INamedTypeSymbol? type = declaration is null ? null : context.SemanticModel.GetDeclaredSymbol(declaration, cancellationToken) as INamedTypeSymbol;
            var types = KnownTypes.From(context.SemanticModel.Compilation);
            if (context.SemanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method)
            {
                return types.FacadeOf(method.ContainingType) is not { } facade ||
                       types.IsPlainCall(method) ||
                       CarriesScriptAttribute(type, declaration)
                    ? null
                    : Report(access, facade.Member + "." + method.Name);
            }

            // In a part of a script that names no base class, 'ta' does not bind until the generated
            // part exists: recognise the call by name in a part of a script that lacks the attribute,
            // unless every facade method of that name is plain (those work anywhere).
            string member = ReceiverName(access.Expression)!;
            string name = access.Name.Identifier.ValueText;
            return type is not null && IsScript(type) && !CarriesScriptAttribute(type, declaration) && !OnlyPlainCalls(types, member, name)
                ? Report(access, member + "." + name)
                : null;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.From(invocation), "call site", failure.Message);
        }
    }

    private static DiagnosticInfo Report(MemberAccessExpressionSyntax access, string function) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.CallSiteOutsideScript, LocationInfo.From(access.Name), function);

    private static string? ReceiverName(ExpressionSyntax receiver)
    {
        string? name = receiver switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            _ => null,
        };
        return name is not null && System.Array.IndexOf(KnownNames.FacadeMembers, name) >= 0 ? name : null;
    }

    /// <summary>Whether the facade reached through <paramref name="member"/> has methods named <paramref name="name"/>, all of them plain.</summary>
    private static bool OnlyPlainCalls(KnownTypes types, string member, string name)
    {
        IMethodSymbol[] methods = types.FacadeNamed(member)?.Type.GetMembers(name).OfType<IMethodSymbol>().ToArray() ?? System.Array.Empty<IMethodSymbol>();
        return methods.Length > 0 && methods.All(types.IsPlainCall);
    }

    private static bool IsScript(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is KnownNames.StrategyAttribute or KnownNames.IndicatorAttribute);

    /// <summary>Whether this very declaration (not another part of the class) carries [Strategy] or [Indicator].</summary>
    private static bool CarriesScriptAttribute(INamedTypeSymbol? type, TypeDeclarationSyntax? declaration) =>
        type is not null && declaration is not null &&
        type.GetAttributes().Any(a =>
            a.AttributeClass?.ToDisplayString() is KnownNames.StrategyAttribute or KnownNames.IndicatorAttribute &&
            a.ApplicationSyntaxReference is { } reference &&
            reference.SyntaxTree == declaration.SyntaxTree &&
            declaration.Span.Contains(reference.Span));
}
