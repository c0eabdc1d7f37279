using System.CommandLine;
using ScriptGen.Cli.Output;

namespace ScriptGen.Cli.Commands;

/// <summary>What every command's action shares: the streams, and the one place failures become exit codes.</summary>
internal sealed class CommandContext(Option<bool> verbose, TextWriter output, TextWriter error)
{
    /// <summary>Sets <paramref name="command"/>'s action to <paramref name="run"/>, guarded by <see cref="Failures"/>.</summary>
    public void SetAction(Command command, Func<ParseResult, Terminal, int> run) =>
        command.SetAction(parse =>
        {
            var terminal = new Terminal(output, error, parse.GetValue(verbose));
            return Failures.Guard(terminal, () => run(parse, terminal));
        });

    /// <summary>
    /// Sets <paramref name="command"/>'s action to <paramref name="run"/>, which runs until its token is cancelled (Ctrl+C or
    /// SIGTERM), guarded by <see cref="Failures"/>.
    /// </summary>
    public void SetAsyncAction(Command command, Func<ParseResult, Terminal, CancellationToken, Task<int>> run) =>
        command.SetAction((parse, cancellationToken) =>
        {
            var terminal = new Terminal(output, error, parse.GetValue(verbose));
            return Task.FromResult(Failures.Guard(terminal, () => run(parse, terminal, cancellationToken).GetAwaiter().GetResult()));
        });
}
