using Microsoft.CodeAnalysis;
using static ScriptGen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>SG0008, SG0009, SG0043: declaration mistakes the compiler reports only in its own terms (ScriptDeclarationAnalyzer).</summary>
public sealed class ScriptDeclarationDiagnosticsTests
{
    [Theory]
    [InlineData("[Input(\"Length\")] public int Length { get; init; } = 14;", "declares the input 'Length'")]
    [InlineData("protected override void Process() { }", "overrides Process()")]
    [InlineData("protected override void Setup() { }", "overrides Setup()")]
    public void SG0008_a_class_written_as_a_script_without_its_attribute(string member, string why) =>
        ReportsWithAnalyzers("SG0008", DiagnosticSeverity.Error, $$"""
            public partial class /*!*/Cross
            {
                {{member}}
            }
            """, "'Cross'", why, "[Strategy(\"Cross\")]", "[Indicator(\"Cross\")]", "partial");

    [Fact]
    public void SG0008_is_not_reported_for_a_marked_script_a_plain_class_or_a_hand_written_base() => ReportsNoScriptGenDiagnostic("""
        [Indicator("Marked")]
        public partial class Marked
        {
            [Input("Length")] public int Length { get; init; } = 14;
            protected override void Process() { }
        }

        public class Plain
        {
            public override string ToString() => "plain";
            public void Process() { }
        }

        public abstract class HandWrittenBase : IndicatorScript
        {
            protected override void Setup() { }
        }
        """);

    [Theory]
    [InlineData("Strategy", "/*!*/Pyramid = 2", "'Pyramid' is not a setting of [Strategy] (did you mean 'Pyramiding'?)")]
    [InlineData("Strategy", "/*!*/InitalCapital = 1000", "(did you mean 'InitialCapital'?)")]
    [InlineData("Indicator", "/*!*/InitialCapital = 1000", "'InitialCapital' is not a setting of [Indicator] (it is a setting of [Strategy])")]
    [InlineData("Indicator", "Overlay = true, /*!*/Colour = 3", "its settings are Overlay, MaxBarsBack")]
    public void SG0009_an_unknown_script_setting(string attribute, string settings, string message) =>
        ReportsWithAnalyzers("SG0009", DiagnosticSeverity.Error, $$"""
            [{{attribute}}("Settings", {{settings}})]
            public partial class Settings
            {
                protected override void Process() { }
            }
            """, message);

    [Theory]
    [InlineData("protected override void /*!*/Process(int bar) { }", "'Process(int)' takes parameters", "the bar loop calls once per bar")]
    [InlineData("protected void /*!*/Process() { }", "'Process()' is not an override", "'protected override void Process()'")]
    [InlineData("public override void /*!*/Process() { }", "'Process()' is public", "'protected override void Process()'")]
    [InlineData("protected override int /*!*/Process() => 0;", "'Process()' returns int", "'protected override void Process()'")]
    [InlineData("protected override void Process() { }\n    protected void /*!*/Setup() { }", "'Setup()' is not an override", "runs once before the first bar")]
    public void SG0043_a_script_method_with_the_wrong_signature(string members, string problem, string valid) =>
        ReportsWithAnalyzers("SG0043", DiagnosticSeverity.Error, $$"""
            [Strategy("Signature")]
            public partial class Signature
            {
                {{members}}
            }
            """, problem, valid);

    [Fact]
    public void SG0043_is_not_reported_for_a_helper_overload_beside_the_real_method() => ReportsNoScriptGenDiagnostic("""
        [Indicator("Overloads")]
        public partial class Overloads
        {
            protected override void Process() => Process(1);
            private void Process(int times) { }
        }
        """);
}
