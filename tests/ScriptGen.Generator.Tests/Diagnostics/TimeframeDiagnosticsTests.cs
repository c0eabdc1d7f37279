using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Analyzers;
using static ScriptGen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>SG0064: a constant timeframe string that is not a Pine timeframe, reported where it is written (TimeframeArgumentAnalyzer).</summary>
public sealed class TimeframeDiagnosticsTests
{
    [Theory]
    [InlineData("\"4H\"", "Pine has no hour unit; an hour is \"60\", four hours \"240\"")]
    [InlineData("\"2000\"", "a timeframe in Minutes takes a multiplier of 1 to 1440")]
    [InlineData("\"7S\"", "a timeframe in Seconds takes a multiplier of 1, 5, 10, 15 or 30")]
    [InlineData("\"13M\"", "a timeframe in Months takes a multiplier of 1 to 12")]
    [InlineData("\"1d\"", "the unit 'd' is not one of S (seconds), D (days), W (weeks), M (months), or none for minutes")]
    [InlineData("Hours", "Pine has no hour unit")] // a constant, not only a literal
    public void SG0064_a_constant_that_is_not_a_Pine_timeframe(string argument, string problem) =>
        ReportsWithAnalyzers("SG0064", DiagnosticSeverity.Error, $$"""
            [Indicator("Seconds")]
            public partial class Seconds
            {
                private const string Hours = "1H";
                protected override void Process()
                {
                    chart.Plot(timeframe.InSeconds(/*!*/{{argument}}), "Seconds");
                }
            }
            """, problem, "is not a Pine timeframe", "\"240\"");

    [Theory]
    [InlineData("timeframe.Change(/*!*/\"1H\") ? 1 : 0")]
    [InlineData("TimeIn(/*!*/\"1H\")")]
    [InlineData("TimeIn(/*!*/\"1H\", \"0930-1600\")")]
    [InlineData("TimeCloseIn(/*!*/\"1H\", \"0930-1600\", \"America/New_York\")")]
    public void SG0064_every_function_taking_a_timeframe_checks_it(string call) =>
        ReportsWithAnalyzers("SG0064", DiagnosticSeverity.Error, $$"""
            [Indicator("Sessions")]
            public partial class Sessions
            {
                protected override void Process()
                {
                    chart.Plot({{call}}, "Value");
                }
            }
            """, "Pine has no hour unit");

    [Theory]
    [InlineData("\"\"")]        // the bars' own
    [InlineData("\"240\"")]
    [InlineData("\"1S\"")]
    [InlineData("\"D\"")]
    [InlineData("\"12M\"")]
    [InlineData("timeframe.Period")] // not a constant: checked when it runs
    public void SG0064_is_not_reported_for_a_timeframe_or_a_value_known_only_at_run_time(string argument) => ReportsNoScriptGenDiagnostic($$"""
        [Indicator("Seconds")]
        public partial class Seconds
        {
            protected override void Process()
            {
                chart.Plot(timeframe.InSeconds({{argument}}), "Seconds");
            }
        }
        """);

    /// <summary>
    /// The build's rule and the run's (<see cref="Timeframe.TryParse"/>) give the same answer and the same reason for every
    /// string of up to three characters over digits, the units and letters that are not units, and for multipliers at and
    /// around each unit's limits: a string the build accepts never fails the run, and the other way round.
    /// </summary>
    [Fact]
    public void The_build_and_the_run_agree_on_what_a_timeframe_is()
    {
        const string alphabet = "0123456789SDWMHhdx ";
        var texts = new List<string>();
        foreach (char a in alphabet)
        {
            texts.Add(a.ToString());
            foreach (char b in alphabet)
            {
                texts.Add($"{a}{b}");
                texts.AddRange(alphabet.Select(c => $"{a}{b}{c}"));
            }
        }

        foreach (string unit in new[] { "", "S", "D", "W", "M" })
        {
            texts.AddRange(new[] { 0, 1, 11, 12, 13, 29, 30, 31, 51, 52, 53, 364, 365, 366, 1439, 1440, 1441, int.MaxValue }
                .Select(m => m + unit));
            texts.Add("99999999999" + unit);
        }

        var disagreements = texts
            .Select(text => (text, run: Timeframe.TryParse(text, out _, out string? problem) ? null : problem, build: PineTimeframeText.Problem(text)))
            .Where(r => r.run != r.build)
            .Select(r => $"'{r.text}': run {r.run ?? "ok"}, build {r.build ?? "ok"}")
            .ToList();

        Assert.True(texts.Count > 7000, $"{texts.Count} strings");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
    }
}
