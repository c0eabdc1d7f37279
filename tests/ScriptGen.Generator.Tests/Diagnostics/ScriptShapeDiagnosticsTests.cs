using static ScriptGen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>SG0001–SG0007: what a script class must look like for the generator to complete it.</summary>
public sealed class ScriptShapeDiagnosticsTests
{
    [Fact]
    public void SG0001_a_script_class_that_is_not_partial() => Reports("SG0001", """
        [Indicator("Plain")]
        public class /*!*/Plain
        {
        }
        """, "'Plain'", "partial");

    [Theory]
    [InlineData("public static partial class Outer { [Indicator(\"X\")] public partial class /*!*/Script { } }", "is nested in 'Outer'")]
    [InlineData("[Indicator(\"X\")] public partial class /*!*/Script<T> { }", "is generic")]
    [InlineData("[Indicator(\"X\")] public static partial class /*!*/Script { }", "is static")]
    [InlineData("[Indicator(\"X\")] public abstract partial class /*!*/Script { }", "is abstract")]
    [InlineData("[Indicator(\"X\")] public partial record /*!*/Script { }", "is a record")]
    public void SG0002_a_script_class_of_an_unsupported_shape(string source, string problem) =>
        Reports("SG0002", source, "'Script'", problem);

    [Theory]
    [InlineData("public int /*!*/Inputs = 1;", "'Inputs'")]
    [InlineData("public static int /*!*/Metadata => 1;", "'Metadata'")]
    [InlineData("public void /*!*/Create(int length) { }", "'Create'")]
    [InlineData("public object? /*!*/InputValues { get; set; }", "'InputValues'")]
    public void SG0007_a_member_named_like_a_generated_member(string member, string name) => Reports("SG0007", $$"""
        [Indicator("Clash")]
        public partial class Clash
        {
            {{member}}
            protected override void Process() { }
        }
        """, name, "a name the generated part of the class uses");

    [Fact]
    public void SG0003_a_class_marked_both_strategy_and_indicator() => Reports("SG0003", """
        [Strategy("Both")]
        [Indicator("Both")]
        public partial class /*!*/Both
        {
            protected override void Process() { }
        }
        """, "'Both'", "[Strategy]", "[Indicator]");

    [Theory]
    [InlineData("Strategy", "IndicatorScript", "'ScriptGen.IndicatorScript'", "StrategyScript")]
    [InlineData("Indicator", "StrategyScript", "'ScriptGen.StrategyScript'", "IndicatorScript")]
    [InlineData("Indicator", "System.Exception", "'System.Exception'", "IndicatorScript")]
    public void SG0004_a_script_class_that_declares_the_wrong_base_class(string attribute, string baseClass, string declared, string expected) =>
        Reports("SG0004", $$"""
            [{{attribute}}("Wrong base")]
            public partial class WrongBase : /*!*/{{baseClass}}
            {
            }
            """, "'WrongBase'", declared, $"[{attribute}]", expected);

    [Theory]
    [InlineData("[Strategy(/*!*/\"\")]", "Title of script 'Settings' is empty", "a non-empty string")]
    [InlineData("[Strategy(/*!*/\"  \")]", "Title of script 'Settings' is empty", "a non-empty string")]
    [InlineData("[Strategy(\"S\", /*!*/MaxBarsBack = 0)]", "MaxBarsBack of script 'Settings' is 0", "at least 1")]
    [InlineData("[Indicator(\"S\", /*!*/MaxBarsBack = -5)]", "MaxBarsBack of script 'Settings' is -5", "at least 1")]
    [InlineData("[Strategy(\"S\", /*!*/InitialCapital = 0)]", "InitialCapital of script 'Settings' is 0", "a positive number")]
    [InlineData("[Strategy(\"S\", /*!*/DefaultQuantity = -1.5)]", "DefaultQuantity of script 'Settings' is -1.5", "a positive number")]
    [InlineData("[Strategy(\"S\", /*!*/InitialCapital = double.PositiveInfinity)]", "InitialCapital of script 'Settings' is Infinity", "a positive number")]
    [InlineData("[Strategy(\"S\", /*!*/Pyramiding = -1)]", "Pyramiding of script 'Settings' is -1", "0 or more")]
    [InlineData("[Strategy(\"S\", /*!*/CommissionValue = -0.1)]", "CommissionValue of script 'Settings' is -0.1", "0 or a positive number")]
    [InlineData("[Strategy(\"S\", /*!*/Slippage = -2)]", "Slippage of script 'Settings' is -2", "0 or more ticks")]
    [InlineData("[Strategy(\"S\", /*!*/BacktestFillLimitsAssumption = -1)]", "BacktestFillLimitsAssumption of script 'Settings' is -1", "0 or more ticks")]
    [InlineData("[Strategy(\"S\", /*!*/MarginLong = -50)]", "MarginLong of script 'Settings' is -50", "0 (no margin calls) or a positive percent")]
    [InlineData("[Strategy(\"S\", /*!*/MarginShort = double.PositiveInfinity)]", "MarginShort of script 'Settings' is Infinity", "0 (no margin calls) or a positive percent")]
    [InlineData("[Strategy(\"S\", /*!*/RiskFreeRate = double.NaN)]", "RiskFreeRate of script 'Settings' is NaN", "a finite percent")]
    [InlineData("[Strategy(\"S\", /*!*/DefaultQuantityType = (QuantityType)7)]", "DefaultQuantityType of script 'Settings' is 7", "one of QuantityType.Fixed, QuantityType.Cash, QuantityType.PercentOfEquity")]
    [InlineData("[Strategy(\"S\", /*!*/CommissionType = (CommissionType)(-1))]", "CommissionType of script 'Settings' is -1", "one of CommissionType.Percent, CommissionType.CashPerContract, CommissionType.CashPerOrder")]
    [InlineData("[Strategy(\"S\", /*!*/CloseEntriesRule = (CloseEntriesRule)2)]", "CloseEntriesRule of script 'Settings' is 2", "one of CloseEntriesRule.Fifo, CloseEntriesRule.Any")]
    public void SG0005_an_invalid_script_setting(string attribute, string problem, string expected) =>
        Reports("SG0005", $$"""
            {{attribute}}
            public partial class Settings
            {
                protected override void Process() { }
            }
            """, problem, expected);

    [Fact]
    public void SG0006_a_script_class_without_a_parameterless_constructor() => Reports("SG0006", """
        [Indicator("Needs arguments")]
        public partial class /*!*/NeedsArguments
        {
            public NeedsArguments(int length) { }

            protected override void Process() { }
        }
        """, "'NeedsArguments'", "new NeedsArguments { ... }");
}
