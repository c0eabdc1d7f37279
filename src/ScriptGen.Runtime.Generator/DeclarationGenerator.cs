using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Generator.Model;
using ScriptGen.Runtime.Generator.Emitting;
using ScriptGen.Runtime.Generator.Model;
using ScriptGen.Runtime.Generator.Parsing;

namespace ScriptGen.Runtime.Generator;

/// <summary>
/// Derives, at the runtime's own build, every part of a Pine function from its one declaration
/// (<c>[PineFunction]</c> on the method that computes it): the facade, the overridable core, the adapter
/// interceptors call and the batch form. A facade method nobody declares is a build error (SGR001).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DeclarationGenerator : IIncrementalGenerator
{
    private const string PlainCallAttribute = "ScriptGen.CompilerServices.PlainCallAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<DeclarationResult> declarations = context.SyntaxProvider.ForAttributeWithMetadataName(
            DeclarationReader.PineFunctionAttribute,
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
            static (ctx, ct) => DeclarationReader.Read(ctx, ct));

        context.RegisterSourceOutput(declarations.Collect(), static (spc, results) => Emit(spc, results));

        IncrementalValueProvider<EquatableArray<UndeclaredFacade>> undeclared = context.CompilationProvider
            .Select(static (compilation, _) => UndeclaredFacades(compilation));
        context.RegisterSourceOutput(undeclared, static (spc, list) =>
        {
            foreach (UndeclaredFacade facade in list)
            {
                spc.ReportDiagnostic(Diagnostic.Create(
                    RuntimeDiagnostics.FacadeWithoutDeclaration,
                    Location.Create(facade.FilePath, facade.Span, facade.LineSpan),
                    facade.Facade,
                    facade.Method));
            }
        });
    }

    private static void Emit(SourceProductionContext context, ImmutableArray<DeclarationResult> results)
    {
        foreach (DeclarationResult problem in results.Where(r => r.Problem is not null))
        {
            var line = new LinePosition(Math.Max(problem.Line - 1, 0), 0);
            context.ReportDiagnostic(Diagnostic.Create(
                RuntimeDiagnostics.InvalidDeclaration,
                Location.Create(problem.FilePath, default, new LinePositionSpan(line, line)),
                problem.Problem));
        }

        // Ordered by file and line: the generated members keep the declarations' order, the same on every build.
        foreach (IGrouping<string, FunctionDecl> group in results
            .Where(r => r.Declaration is not null)
            .Select(r => r.Declaration!)
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .GroupBy(d => d.Namespace))
        {
            if (NamespaceTargets.For(group.Key) is not { } targets)
            {
                continue;
            }

            FunctionDecl[] list = group.ToArray();
            context.AddSource($"{targets.Facade}.g.cs", FacadeEmitter.Emit(targets, list));
            context.AddSource($"{targets.Core}.g.cs", CoreEmitter.Emit(targets, list));
            context.AddSource($"{targets.Adapters}.g.cs", AdapterEmitter.Emit(targets, list));
            if (targets.Batch is not null)
            {
                context.AddSource($"{targets.Batch}.g.cs", BatchEmitter.Emit(targets, list));
            }
        }
    }

    /// <summary>Public methods written by hand on a facade struct that are neither generated nor <c>[PlainCall]</c>.</summary>
    private static EquatableArray<UndeclaredFacade> UndeclaredFacades(Compilation compilation)
    {
        var found = new List<UndeclaredFacade>();
        foreach (string facadeName in new[] { "PineTa", "PineMath" })
        {
            if (compilation.GetTypeByMetadataName("ScriptGen.Namespaces." + facadeName) is not { } facade)
            {
                continue;
            }

            foreach (IMethodSymbol method in facade.GetMembers().OfType<IMethodSymbol>())
            {
                if (method.MethodKind != MethodKind.Ordinary || method.DeclaredAccessibility != Accessibility.Public ||
                    method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == PlainCallAttribute) ||
                    method.Locations.FirstOrDefault(l => l.IsInSource) is not { } location)
                {
                    continue;
                }

                found.Add(new UndeclaredFacade(facadeName, method.Name, location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span));
            }
        }

        return found.ToEquatableArray();
    }

    private sealed record UndeclaredFacade(string Facade, string Method, string FilePath, TextSpan Span, LinePositionSpan LineSpan);
}
