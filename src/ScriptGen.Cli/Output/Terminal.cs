using Spectre.Console;

namespace ScriptGen.Cli.Output;

/// <summary>
/// Where the tool writes: results on standard output (a report, a table, diagnostics: what a pipe or a file
/// should get), messages and progress on standard error. Colours and live progress only on a terminal; a
/// redirected stream gets plain text, wide enough that tables do not wrap.
/// </summary>
internal sealed class Terminal
{
    private const int RedirectedWidth = 200;

    private readonly Lazy<IAnsiConsole> _out;
    private readonly Lazy<IAnsiConsole> _err;

    public Terminal(TextWriter output, TextWriter error, bool verbose)
    {
        Output = output;
        Error = error;
        Verbose = verbose;
        bool outputRedirected = !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected;
        bool errorRedirected = !ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected;
        // Spectre.Console is set up on first use: a backtest that prints only its plain-text report never
        // loads it (tens of milliseconds of a cold process).
        _out = new Lazy<IAnsiConsole>(() => Create(output, outputRedirected));
        _err = new Lazy<IAnsiConsole>(() => Create(error, errorRedirected));
        ErrorIsInteractive = !errorRedirected;
    }

    /// <summary>Standard output, plain.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error, plain.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard output for tables and colours.</summary>
    public IAnsiConsole Out => _out.Value;

    /// <summary>Standard error for messages and progress.</summary>
    public IAnsiConsole Err => _err.Value;

    /// <summary>Whether standard error is a terminal (live progress is drawn only then).</summary>
    public bool ErrorIsInteractive { get; }

    /// <summary>Whether <c>--verbose</c> was given: timings, and the full exception of a failure.</summary>
    public bool Verbose { get; }

    /// <summary>A failure in one or a few lines: <c>error: message</c>.</summary>
    public void Fail(string message)
    {
        Err.Markup("[red]error:[/] ");
        Err.WriteLine(message, Style.Plain);
    }

    /// <summary>A message about what was done (a file written), on standard error.</summary>
    public void Note(string message) => Err.WriteLine(message, new Style(Spectre.Console.Color.Grey));

    /// <summary>A detail shown with <c>--verbose</c> only.</summary>
    public void Detail(string message)
    {
        if (!Verbose)
        {
            return;
        }

        if (ErrorIsInteractive)
        {
            Err.WriteLine(message, new Style(Spectre.Console.Color.Grey));
        }
        else
        {
            // Redirected: no colour to give, so plain text, without setting Spectre.Console up.
            Error.WriteLine(message);
        }
    }

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
