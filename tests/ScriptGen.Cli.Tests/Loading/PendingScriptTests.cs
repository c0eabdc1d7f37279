using ScriptGen.Cli.Loading;
using ScriptGen.Cli.Output;
using ScriptGen.Cli.Tests.Infrastructure;
using ScriptGen.Scripting;

namespace ScriptGen.Cli.Tests.Loading;

/// <summary>
/// A script compiled on a thread of its own while a command reads its bars (<see cref="ScriptLoader.Start"/>): what the
/// compile reports is written when the command asks for the script, and its failures are thrown there.
/// </summary>
public sealed class PendingScriptTests : IDisposable
{
    private readonly TempFolder _work = new("cli-pending-script");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void A_compile_that_ended_first_still_reports_after_what_the_command_wrote_meanwhile()
    {
        var error = new StringWriter();
        var terminal = new Terminal(TextWriter.Null, error, verbose: true);
        using var loader = new ScriptLoader(ScriptTrust.Trusted, _work.Combine("cache"));

        PendingScript pending = loader.Start(Repository.Sample("EmaCross"), []);
        Assert.True(SpinWait.SpinUntil(() => pending.HasEnded, TimeSpan.FromMinutes(2)), "the compile did not end");
        terminal.Detail("read 23,054 bars");
        ScriptDefinition definition = pending.Finish(terminal);

        Assert.Equal("EmaCross", definition.Metadata.Name);
        string[] lines = error.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("read 23,054 bars", lines[0]);
        Assert.StartsWith($"compiled {Repository.Sample("EmaCross")} in ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_script_fails_when_the_script_is_asked_for_as_Load_fails()
    {
        string missing = _work.Combine("Nope.pine.cs");
        var terminal = new Terminal(TextWriter.Null, TextWriter.Null, verbose: false);
        using var loader = new ScriptLoader(ScriptTrust.Trusted, cacheDirectory: null);

        PendingScript pending = loader.Start(missing, []);
        var direct = Assert.Throws<UsageException>(() => loader.Load(missing, [], terminal));
        var started = Assert.Throws<UsageException>(() => pending.Finish(terminal));

        Assert.Equal(direct.Message, started.Message);
        Assert.Contains("Nope.pine.cs", started.Message, StringComparison.Ordinal);
    }
}
