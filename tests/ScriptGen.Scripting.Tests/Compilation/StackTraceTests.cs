using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests.Compilation;

/// <summary>A failure in engine-compiled code names the <c>.pine.cs</c> file and line, from the embedded portable PDB.</summary>
public sealed class StackTraceTests
{
    private const string Failing = """
        namespace TestScripts;

        [Indicator("Failing")]
        public partial class Failing
        {
            protected override void Process()
            {
                double average = ta.Sma(close, 2);
                if (bar_index == 5)
                {
                    throw new InvalidOperationException("boom");
                }

                chart.Plot(average, "SMA");
            }
        }
        """;

    [Theory]
    [InlineData(ScriptTrust.Trusted)]
    [InlineData(ScriptTrust.Untrusted)]
    public void An_exception_in_Process_surfaces_with_the_pine_cs_file_and_line(ScriptTrust trust)
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = trust });
        ScriptDefinition definition = parser.Parse(Failing, "Failing.pine.cs");

        var failure = Assert.Throws<ScriptRuntimeException>(
            () => new RuntimeEnvironment().RunIndicator((IndicatorScript)definition.Create(), Scripts.Closes(10)));

        Assert.Equal(5, failure.BarIndex);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Equal("Failing.pine.cs", failure.SourceFile);
        Assert.Equal(11, failure.SourceLine);
        Assert.Contains("at Failing.pine.cs:11: boom", failure.Message);
    }
}
