using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Analyzers;
using static ScriptGen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>SG0065: a constant session string that is not a Pine session, reported where it is written (PineTextArgumentAnalyzer).</summary>
public sealed class SessionDiagnosticsTests
{
    [Theory]
    [InlineData("\"9:30-16:00\"", "at position 1, expected an opening time of four digits HHMM (such as 0930)")]
    [InlineData("\"0930-1600:23458\"", "at position 14, '8' is not a day; days are 1 (Sunday) to 7 (Saturday)")]
    [InlineData("\"0930-2500\"", "at position 5, '2500' is not a time of day; hours are 00-23 (or 2400 for the end of the day) and minutes 00-59")]
    [InlineData("\"0930 1600\"", "at position 4, expected '-' between the opening and closing times")]
    [InlineData("\"0930-1600:\"", "at position 10, expected the days after ':'")]
    [InlineData("\"24/7\"", "at position 2, expected an opening time of four digits HHMM")]
    [InlineData("Regular", "at position 11, day 2 is written twice")] // a constant, not only a literal
    public void SG0065_a_constant_that_is_not_a_Pine_session(string argument, string problem) =>
        ReportsWithAnalyzers("SG0065", DiagnosticSeverity.Error, $$"""
            [Indicator("Sessions")]
            public partial class Sessions
            {
                private const string Regular = "0930-1600:22";
                protected override void Process()
                {
                    chart.Plot(TimeIn("D", /*!*/{{argument}}), "Open");
                }
            }
            """, problem, "is not a Pine session", "\"0930-1600:23456\"", "Empty means the symbol's own session");

    [Fact]
    public void SG0065_TimeCloseIn_checks_its_session_too() =>
        ReportsWithAnalyzers("SG0065", DiagnosticSeverity.Error, """
            [Indicator("Sessions")]
            public partial class Sessions
            {
                protected override void Process()
                {
                    chart.Plot(TimeCloseIn("60", /*!*/"0930-1600:0", "America/New_York"), "Close");
                }
            }
            """, "'0' is not a day");

    [Theory]
    [InlineData("\"\"")] // the symbol's own session
    [InlineData("\"24x7\"")]
    [InlineData("\"0930-1600\"")]
    [InlineData("\"0930-1200,1300-1600:23456\"")]
    [InlineData("\"1700-1700:23456\"")]
    [InlineData("\"0000-2400:1234567\"")]
    [InlineData("null")]
    [InlineData("syminfo.Session")] // not a constant: checked when it runs
    public void SG0065_is_not_reported_for_a_session_or_a_value_known_only_at_run_time(string argument) => ReportsNoScriptGenDiagnostic($$"""
        [Indicator("Sessions")]
        public partial class Sessions
        {
            protected override void Process()
            {
                chart.Plot(TimeIn("D", {{argument}}), "Open");
            }
        }
        """);

    /// <summary>
    /// The build's rule and the run's (<see cref="TradingSession.TryParse"/>) give the same answer and the same message for
    /// every string of up to four characters over digits and the session's punctuation, and for every session that
    /// varies one character of valid ones: a string the build accepts never fails the run, and the other way round.
    /// Empty strings are left out: at the call sites they mean the symbol's own session, which the run reads without parsing.
    /// </summary>
    [Fact]
    public void The_build_and_the_run_agree_on_what_a_session_is()
    {
        const string alphabet = "0123456789-:,x ";
        var texts = new List<string>();
        foreach (char a in alphabet)
        {
            texts.Add(a.ToString());
            foreach (char b in alphabet)
            {
                texts.Add($"{a}{b}");
                foreach (char c in alphabet)
                {
                    texts.Add($"{a}{b}{c}");
                    texts.AddRange(alphabet.Select(d => $"{a}{b}{c}{d}"));
                }
            }
        }

        foreach (string valid in new[] { "0930-1600:23456", "0930-1200,1300-1600", "1700-1700:23456", "0000-2400", "24x7" })
        {
            for (int i = 0; i < valid.Length; i++)
            {
                texts.AddRange(alphabet.Select(c => valid.Remove(i, 1).Insert(i, c.ToString())));
                texts.Add(valid.Remove(i, 1));
            }

            texts.Add(valid);
            texts.Add(valid + ":1");
        }

        var disagreements = texts
            .Where(text => text.Length > 0)
            .Select(text => (text, run: TradingSession.TryParse(text, out _, out SessionFormatException? problem) ? null : problem.Message,
                build: PineSessionText.Problem(text)))
            .Where(r => r.run != r.build)
            .Select(r => $"'{r.text}': run {r.run ?? "ok"}, build {r.build ?? "ok"}")
            .ToList();

        Assert.True(texts.Count > 50_000, $"{texts.Count} strings");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
    }
}
