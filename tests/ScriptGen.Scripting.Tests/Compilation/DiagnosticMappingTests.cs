using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Scripting.Compilation;

namespace ScriptGen.Scripting.Tests.Compilation;

// The descriptors below stand for the compiler's and the generator's own: these tests are no analyzer.
#pragma warning disable RS1029, RS1032, RS2008

/// <summary>Roslyn diagnostics as the parser reports them, and the exception errors become.</summary>
public sealed class DiagnosticMappingTests
{
    private static readonly SyntaxTree s_tree = CSharpSyntaxTree.ParseText("class A { }\nclass B { }\n", path: "Cycle.pine.cs");

    private static readonly DiagnosticDescriptor s_cycle = new(
        "SG0056", "Scripts import each other in a cycle", "Scripts import each other in a cycle: {0}", "ScriptGen.Imports", DiagnosticSeverity.Error, true);

    private static readonly DiagnosticDescriptor s_other = new(
        "CS0103", "Name does not exist", "The name '{0}' does not exist in the current context", "Compiler", DiagnosticSeverity.Error, true);

    private static readonly DiagnosticDescriptor s_hint = new(
        "CS8019", "Unnecessary using", "Unnecessary using directive", "Compiler", DiagnosticSeverity.Hidden, true);

    [Fact]
    public void An_import_cycle_error_becomes_a_CircularImportException_listing_the_cycle()
    {
        const string cycle = "Scripts.A -> Scripts.B -> Scripts.A";
        Diagnostic diagnostic = Diagnostic.Create(
            s_cycle,
            Location.Create(s_tree, new TextSpan(12, 11)),
            ImmutableDictionary<string, string?>.Empty.Add(CompileErrors.ImportCycleProperty, cycle),
            cycle);
        Diagnostic other = Diagnostic.Create(s_other, Location.Create(s_tree, new TextSpan(6, 1)), "A");

        ScriptParsingException failure = CompileErrors.ToException([other, diagnostic]);

        var circular = Assert.IsType<CircularImportException>(failure);
        Assert.Equal(["Scripts.A", "Scripts.B", "Scripts.A"], circular.Cycle);
        Assert.Equal(
            [("CS0103", 1, 7), ("SG0056", 2, 1)],
            circular.Diagnostics.Select(d => (d.Id, d.Line, d.Column)).ToArray());
        Assert.StartsWith("Scripts import each other in a cycle: Scripts.A -> Scripts.B -> Scripts.A.", circular.Message);
    }

    [Fact]
    public void Other_errors_become_a_ScriptParsingException_with_every_diagnostic()
    {
        Diagnostic error = Diagnostic.Create(s_other, Location.Create(s_tree, new TextSpan(6, 1)), "A");
        Diagnostic cycleWithoutProperty = Diagnostic.Create(s_cycle, Location.None, "?");

        ScriptParsingException failure = CompileErrors.ToException([error, cycleWithoutProperty]);

        Assert.IsNotType<CircularImportException>(failure);
        Assert.Equal(2, failure.Diagnostics.Count);
    }

    [Fact]
    public void A_diagnostic_is_mapped_to_1_based_lines_and_columns_in_the_file_the_caller_named()
    {
        Diagnostic diagnostic = Diagnostic.Create(s_other, Location.Create(s_tree, new TextSpan(18, 3)), "B");

        ScriptDiagnostic mapped = DiagnosticList.ToScriptDiagnostic(diagnostic);

        Assert.Equal(
            new ScriptDiagnostic("CS0103", ScriptDiagnosticSeverity.Error, "Cycle.pine.cs", 2, 7, 2, 10, "The name 'B' does not exist in the current context"),
            mapped);
        Assert.Equal("Cycle.pine.cs(2,7): error CS0103: The name 'B' does not exist in the current context", mapped.ToString());
    }

    [Fact]
    public void A_diagnostic_without_a_position_has_line_zero_and_no_file()
    {
        ScriptDiagnostic mapped = DiagnosticList.ToScriptDiagnostic(Diagnostic.Create(s_other, Location.None, "X"));

        Assert.Equal(("", 0, 0), (mapped.FilePath, mapped.Line, mapped.Column));
    }

    [Fact]
    public void Hidden_suppressed_and_repeated_diagnostics_are_dropped_and_the_order_kept()
    {
        Location where = Location.Create(s_tree, new TextSpan(6, 1));
        Diagnostic second = Diagnostic.Create(s_other, Location.Create(s_tree, new TextSpan(18, 1)), "B");
        var list = new DiagnosticList();

        list.AddRange([second, Diagnostic.Create(s_hint, where), Suppressed(where)]);
        list.AddRange([Diagnostic.Create(s_other, where, "A"), Diagnostic.Create(s_other, Location.Create(s_tree, new TextSpan(18, 1)), "B")]);

        Assert.Equal([2, 1], list.ToScriptDiagnostics().Select(d => d.Line).ToArray());
        Assert.True(list.HasErrors);
    }

    private static Diagnostic Suppressed(Location location) => Diagnostic.Create(
        "CS0168", "Compiler", "The variable 'x' is declared but never used", DiagnosticSeverity.Warning, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, warningLevel: 3, isSuppressed: true, location: location);
}
