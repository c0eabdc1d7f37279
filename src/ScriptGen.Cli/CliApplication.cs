using System.CommandLine;
using System.CommandLine.Invocation;
using ScriptGen.Cli.Commands;
using ScriptGen.Cli.Output;

namespace ScriptGen.Cli;

/// <summary>
/// The <c>scriptgen</c> command line: its commands, how a parse error or a failure becomes one clear line on
/// standard error and an exit code (<see cref="ExitCodes"/>), never a stack trace unless <c>--verbose</c>.
/// </summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Show timings, and the full details (stack trace) of a failure.",
            Recursive = true,
        };
        var context = new CommandContext(verbose, output, error);
        var root = new RootCommand(
            "Backtest, check and explore ScriptGen .pine.cs scripts (Pine Script v5 in C#) on bar data from CSV, Parquet or Arrow files.")
        {
            verbose,
            BacktestCommand.Create(context),
            CheckCommand.Create(context),
            InputsCommand.Create(context),
            SweepCommand.Create(context),
            SiloCommand.Create(context),
        };

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            var terminal = new Terminal(output, error, verbose: false);
            foreach (var failure in parse.Errors)
            {
                terminal.Fail(failure.Message);
            }

            string command = string.Join(' ', CommandPath(parse.CommandResult.Command));
            terminal.Note($"Run '{command} --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    private static Stack<string> CommandPath(Command command)
    {
        var names = new Stack<string>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Push(current is RootCommand ? "scriptgen" : current.Name);
        }

        return names;
    }
}
