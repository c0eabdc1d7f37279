using ScriptGen.Generator.Tests.Infrastructure;
using static ScriptGen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>SG0010–SG0019: inputs, declared as [Input] members or as <c>input.*</c> calls in Setup().</summary>
public sealed class InputDiagnosticsTests
{
    [Theory]
    [InlineData("[Input] public int /*!*/Length { get; set; }", "(add an initializer, e.g. '= 14')")]
    [InlineData("[Input] public double Factor { get; set; } = /*!*/System.Math.Sqrt(2);", "needs a compile-time constant default")]
    [InlineData("[Input] public string Label = /*!*/null!;", "of its type (not null)")]
    [InlineData("string Label = \"\"; protected override void Setup() { Label = input.String(/*!*/null!); }", "of its type (not null)")]
    public void SG0010_an_input_default_that_is_not_a_constant(string member, string detail) =>
        Reports("SG0010", Indicator(member), "Input '", detail);

    [Theory]
    [InlineData("[Input(MinValue = 1, MaxValue = 10)] public int Length { get; set; } = /*!*/20;", "The default 20 of input 'Length'", "(1..10)")]
    [InlineData("[Input(MaxValue = 0.5)] public double Length { get; set; } = /*!*/0.75;", "The default 0.75 of input 'Length'", "(<= 0.5)")]
    [InlineData("int Length; protected override void Setup() { Length = input.Int(/*!*/0, minValue: 1); }", "The default 0 of input 'Length'", "(>= 1)")]
    public void SG0011_an_input_default_outside_its_bounds(string member, string value, string bounds) =>
        Reports("SG0011", Indicator(member), value, bounds);

    [Theory]
    [InlineData("[Input] public int Length { get; set; } = 1; protected override void Setup() { /*!*/Length = input.Int(2); }")]
    [InlineData("int Length; protected override void Setup() { Length = input.Int(1); /*!*/Length = input.Int(2); }")]
    public void SG0012_an_input_declared_twice(string members) =>
        Reports("SG0012", Indicator(members), "Input 'Length' is declared more than once");

    [Theory]
    [InlineData("[Input] public long /*!*/Big { get; set; } = 1;", "'Big'", "'long'")]
    [InlineData("[Input] public float /*!*/Ratio = 0.5f;", "'Ratio'", "'float'")]
    [InlineData("[Input] public Direction /*!*/Side { get; set; } = Direction.Long;", "'Side'", "'ScriptGen.Direction'")]
    public void SG0013_an_input_of_an_unsupported_type(string member, string name, string type) =>
        Reports("SG0013", Indicator(member), name, type, "int, double, bool or string");

    [Theory]
    [InlineData("[Input] public int /*!*/Length { get; } = 14;")]
    [InlineData("[Input] public readonly int /*!*/Length = 14;")]
    [InlineData("[Input] public const int /*!*/Length = 14;")]
    [InlineData("[Input] public static int /*!*/Length = 14;")]
    [InlineData("[Input] public static int /*!*/Length { get; set; } = 14;")]
    public void SG0014_an_input_member_that_cannot_be_set(string member) =>
        Reports("SG0014", Indicator(member), "Input 'Length' must be a settable instance field or property");

    [Fact]
    public void SG0015_an_input_call_outside_Setup() => Reports("SG0015", Indicator("""
        int Length;

        protected override void Process()
        {
            Length = /*!*/input.Int(14);
        }
        """, withProcess: false), "'input.Int' is called in 'Process'", "Setup()");

    [Theory]
    [InlineData("double x = /*!*/input.Float(1.5);")]
    [InlineData("if (Length == 0) { Length = /*!*/input.Int(1); }")]
    [InlineData("Length = /*!*/input.Int(1) + 1;")]
    [InlineData("Length += /*!*/input.Int(1);")]
    [InlineData("/*!*/input.Int(1);")]
    public void SG0016_an_input_call_not_assigned_to_a_member(string statement) => Reports("SG0016", Indicator($$"""
        int Length;

        protected override void Setup()
        {
            {{statement}}
        }
        """), "input.", "must be assigned directly to a field or property");

    [Theory]
    [InlineData("Length = input.Int(/*!*/Default);", "Argument 'defval' of 'input.Int'")]
    [InlineData("Length = input.Int(14, /*!*/Title);", "Argument 'title' of 'input.Int'")]
    [InlineData("Length = input.Int(14, /*!*/maxValue: Default * 10);", "Argument 'maxValue' of 'input.Int'")]
    public void SG0017_an_input_call_argument_that_is_not_a_constant(string statement, string argument) => Reports("SG0017", Indicator($$"""
        int Length;
        static int Default => 14;
        static string Title = "Length";

        protected override void Setup()
        {
            {{statement}}
        }
        """), argument, "must be a compile-time constant");

    [Theory]
    [InlineData("[Input(MinValue = 10, MaxValue = 1)] public int /*!*/Length { get; set; } = 5;")]
    [InlineData("[Input(MinValue = 10, MaxValue = 1)] public int /*!*/Length = 5;")]
    [InlineData("int Length; protected override void Setup() { /*!*/Length = input.Int(5, minValue: 10, maxValue: 1); }")]
    public void SG0018_an_input_minimum_above_its_maximum(string member) =>
        Reports("SG0018", Indicator(member), "Input 'Length' has a minimum (10) above its maximum (1)");

    [Fact]
    public void SG0019_an_input_in_another_part_of_the_partial_class()
    {
        MarkedSource script = MarkedSource.Parse(ScriptPath, Usings + """
            [Indicator("Split")]
            public partial class Split
            {
                protected override void Process() { }
            }
            """);
        MarkedSource otherPart = MarkedSource.Parse("Scripts/Split.Inputs.cs", Usings + """
            public partial class Split
            {
                [Input] public int /*!*/Length { get; set; } = 14;
            }
            """);

        Reports("SG0019", new[] { script, otherPart }, "Input 'Length' is declared in another part", "[Strategy] or [Indicator]");
    }

    /// <summary>An indicator with <paramref name="members"/> (and an empty Process unless it has its own).</summary>
    private static string Indicator(string members, bool withProcess = true) => $$"""
        [Indicator("Inputs")]
        public partial class Inputs
        {
            {{members}}
        {{(withProcess ? "    protected override void Process() { }" : string.Empty)}}
        }
        """;

    [Fact]
    public void SG0060_two_inputs_with_the_same_title() => ReportsWithAnalyzers("SG0060", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, """
        [Indicator("Titles")]
        public partial class Titles
        {
            [Input("Length")] public int Fast { get; init; } = 9;
            [Input(/*!*/"Length")] public int Slow { get; init; } = 21;
            private int _signal;

            protected override void Setup() => _signal = input.Int(9, /*!*/"Length");
            protected override void Process() { }
        }
        """, "\"Length\"", "'Fast'", "give each input its own title");

    [Fact]
    public void SG0060_an_input_titled_like_another_inputs_name() => ReportsWithAnalyzers("SG0060", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, """
        [Indicator("Titles")]
        public partial class Titles
        {
            [Input] public int Length { get; init; } = 9;
            [Input(/*!*/"Length")] public int Slow { get; init; } = 21;
            protected override void Process() { }
        }
        """, "Inputs 'Length' and 'Slow'");
}
