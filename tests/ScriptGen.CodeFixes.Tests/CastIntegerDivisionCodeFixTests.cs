using static ScriptGen.CodeFixes.Tests.Infrastructure.CodeFixAssert;

namespace ScriptGen.CodeFixes.Tests;

/// <summary>SG0061: <see cref="CastIntegerDivisionCodeFix"/>.</summary>
public sealed class CastIntegerDivisionCodeFixTests
{
    private static readonly CastIntegerDivisionCodeFix s_fix = new();

    private static string Script(string statement) => $$"""
        [Indicator("Ratio")]
        public partial class Ratio
        {
            private int wins = 3;
            private int trades = 4;

            protected override void Process()
            {
                {{statement}}
            }
        }
        """;

    [Theory]
    [InlineData("double ratio = /*!*/wins / trades;", "double ratio = (double)wins / trades;")]
    [InlineData("double shifted = /*!*/(wins + 1) / trades;", "double shifted = (double)(wins + 1) / trades;")]
    [InlineData("double scaled = /*!*/wins * 2 / trades;", "double scaled = (double)(wins * 2) / trades;")]
    [InlineData("double negative = /*!*/-wins / trades;", "double negative = (double)(-wins) / trades;")]
    [InlineData("double spaced = /*!*/wins  /  trades; // a comment", "double spaced = (double)wins  /  trades; // a comment")]
    [InlineData("chart.Plot(close * (/*!*/bar_index / 2), \"Scaled\");", "chart.Plot(close * ((double)bar_index / 2), \"Scaled\");")]
    [InlineData("float ratio = /*!*/wins / trades;", "float ratio = (float)wins / trades;")]
    [InlineData("decimal ratio = /*!*/wins / trades;", "decimal ratio = (decimal)wins / trades;")]
    [InlineData("double? ratio = /*!*/wins / trades;", "double? ratio = (double)wins / trades;")]
    public Task The_left_operand_is_cast_to_the_fraction_s_type(string before, string after) =>
        FixesAsync(s_fix, "SG0061", CastIntegerDivisionCodeFix.EquivalenceKey, Script(before), Script(after));

    [Fact]
    public Task Fix_all_casts_every_division_of_the_document() => FixesAllAsync(s_fix, "SG0061", CastIntegerDivisionCodeFix.EquivalenceKey,
        Script("""
            double winRate = /*!*/wins / trades;
                    double lossRate = /*!*/(trades - wins) / trades;
                    chart.Plot(winRate - lossRate, "Edge");
            """),
        Script("""
            double winRate = (double)wins / trades;
                    double lossRate = (double)(trades - wins) / trades;
                    chart.Plot(winRate - lossRate, "Edge");
            """));
}
