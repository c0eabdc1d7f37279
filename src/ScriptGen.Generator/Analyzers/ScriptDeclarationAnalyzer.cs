using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Parsing;

namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// Mistakes in how a script is declared that the compiler reports only in its own terms (CS0115, CS0246,
/// CS0534): a class written as a script without <c>[Strategy]</c>/<c>[Indicator]</c> (SG0008), a named
/// setting the attribute does not have (SG0009), and <c>Process</c> or <c>Setup</c> declared with the
/// wrong signature (SG0043). They need no script model, so they are an analyzer: they re-run on an
/// edit without touching the generator's cached output.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScriptDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ScriptAttributeMissing,
        DiagnosticDescriptors.UnknownScriptSetting,
        DiagnosticDescriptors.ScriptMethodSignature);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Resolved once per compilation; a project without the runtime has no scripts to check.
            var types = KnownTypes.From(start.Compilation);
            if (types.StrategyAttribute is null || types.IndicatorAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(c => AnalyzeClass(c, types), SymbolKind.NamedType);
            start.RegisterSyntaxNodeAction(c => ScriptSettingNames.Analyze(c, types), SyntaxKind.Attribute);
        });
    }

    private static void AnalyzeClass(SymbolAnalysisContext context, KnownTypes types)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsImplicitlyDeclared: false } type)
        {
            return;
        }

        if (types.IsScript(type))
        {
            ScriptMethods.Check(context, type);
        }
        else if (WrittenAsScript(type, types) is { } why)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ScriptAttributeMissing, type.Locations[0], type.Name, why));
        }
    }

    /// <summary>
    /// What makes an unmarked class a script in the making: an <c>[Input]</c> member, or an override of
    /// <c>Process</c>/<c>Setup</c> with no base class to override (or a script base the generator would have
    /// to complete). An abstract class deriving from a script base is a hand-written base and is left alone.
    /// </summary>
    private static string? WrittenAsScript(INamedTypeSymbol type, KnownTypes types)
    {
        bool noBase = type.BaseType is null or { SpecialType: SpecialType.System_Object } or { TypeKind: TypeKind.Error };
        bool scriptBase = KnownTypes.Is(type.BaseType, types.StrategyScript) || KnownTypes.Is(type.BaseType, types.IndicatorScript);
        if (type.IsAbstract || type.IsStatic || !(noBase || scriptBase))
        {
            return null;
        }

        ISymbol? input = type.GetMembers().FirstOrDefault(m => KnownTypes.HasAttribute(m, types.InputAttribute));
        if (input is not null)
        {
            return $"declares the input '{input.Name}'";
        }

        IMethodSymbol? body = type.GetMembers().OfType<IMethodSymbol>()
            .FirstOrDefault(m => m.IsOverride && m.Name is "Process" or "Setup");
        return body is null ? null : $"overrides {body.Name}()";
    }
}
