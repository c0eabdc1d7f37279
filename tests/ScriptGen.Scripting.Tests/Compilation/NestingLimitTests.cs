namespace ScriptGen.Scripting.Tests.Compilation;

/// <summary>
/// Text nested deeper than <see cref="ScriptParserOptions.MaxNestingDepth"/> is refused with SG0800 before
/// anything binds it: Roslyn runs analyzers on thread-pool threads, and binding text nested thousands of
/// levels deep there overflows the stack, ending the process. Depth counts syntax nodes from the file's
/// root: in the probe below the compilation unit is 1, the class 2, <c>Process()</c> 3, its block 4, the
/// statement 5, the <c>chart.Plot</c> call 6, its argument list 7, the argument 8 and the n-th of n
/// parentheses 8 + n, so <c>close</c> inside n parentheses is at 9 + n.
/// </summary>
public sealed class NestingLimitTests
{
    private const string FileName = "Deep.pine.cs";

    [Fact]
    public void Text_one_level_deeper_than_the_limit_is_refused_at_the_first_node_below_it()
    {
        using var parser = new ScriptParser(new ScriptParserOptions { MaxNestingDepth = 20 });
        string text = Probe(parentheses: 12); // close at 9 + 12 = 21

        ScriptDiagnostic error = Assert.Single(parser.Check([new ScriptSource(text, FileName)]));

        Assert.Equal(("SG0800", ScriptDiagnosticSeverity.Error, FileName), (error.Id, error.Severity, error.FilePath));
        (int line, int column) = PositionOf(text, "close");
        Assert.Equal((line, column, line, column + "close".Length), (error.Line, error.Column, error.EndLine, error.EndColumn));
        Assert.Contains("'Deep.pine.cs' nests 21 syntax levels deep, more than ScriptParserOptions.MaxNestingDepth (20)", error.Message);
        Assert.Contains("split the expression into locals", error.Message);
    }

    [Fact]
    public void Text_exactly_as_deep_as_the_limit_compiles()
    {
        using var parser = new ScriptParser(new ScriptParserOptions { MaxNestingDepth = 20 });

        Assert.DoesNotContain(parser.Check([new ScriptSource(Probe(parentheses: 11), FileName)]), d => d.IsError);
    }

    [Fact]
    public void Text_nested_thousands_of_levels_deep_is_refused_trusted_or_not_without_crashing_the_host()
    {
        foreach (ScriptTrust trust in new[] { ScriptTrust.Untrusted, ScriptTrust.Trusted })
        {
            using var parser = new ScriptParser(new ScriptParserOptions { Trust = trust, MemoryCacheCapacity = 0 });

            // 3,000 levels, six times the default limit: the time to refuse grows much faster than the depth (both parses
            // here took 10.6 s at 10,000 levels, 1.2 s at 3,000).
            var failure = Assert.Throws<ScriptParsingException>(() => parser.Parse(Probe(parentheses: 3_000), FileName));

            ScriptDiagnostic error = Assert.Single(failure.Errors);
            Assert.Equal("SG0800", error.Id);
            Assert.Contains("nests 3,009 syntax levels deep, more than ScriptParserOptions.MaxNestingDepth (500)", error.Message);
        }
    }

    [Fact]
    public void Text_as_deep_as_the_default_limit_compiles_with_the_analyzers_on_thread_pool_threads()
    {
        using var parser = new ScriptParser(new ScriptParserOptions { MemoryCacheCapacity = 0 });
        int parentheses = ScriptParserOptions.DefaultMaxNestingDepth - 9;

        ScriptDefinition definition = parser.Parse(Probe(parentheses), FileName);

        Assert.Equal("DeepProbe", definition.ScriptType.Name);
    }

    [Fact]
    public void A_limit_below_one_is_refused_when_the_parser_is_created()
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => new ScriptParser(new ScriptParserOptions { MaxNestingDepth = 0 }));

        Assert.Equal("MaxNestingDepth", failure.ParamName);
    }

    private static string Probe(int parentheses) => $$"""
        [Indicator("Deep probe")]
        public partial class DeepProbe
        {
            protected override void Process()
            {
                chart.Plot({{new string('(', parentheses)}}close{{new string(')', parentheses)}}, "x");
            }
        }
        """;

    private static (int Line, int Column) PositionOf(string text, string token)
    {
        int index = text.IndexOf(token, StringComparison.Ordinal);
        int lineStart = text.LastIndexOf('\n', index) + 1;
        return (text[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }
}
