using System.CommandLine;
using ScriptGen.Scripting;

namespace ScriptGen.Cli.Loading;

/// <summary>
/// How a command gets its script: the file, the files it may import from (<c>--include</c>), whether it is
/// trusted, and the compile cache.
/// </summary>
internal sealed class ScriptOptions
{
    public Argument<string> Script { get; } = new("SCRIPT")
    {
        Description = "The .pine.cs file holding the script (one [Strategy] or [Indicator] class).",
    };

    public Option<string[]> Include { get; } = new("--include", "-i")
    {
        Description = "A .pine.cs file, or a folder of them, compiled alongside so the script can import its indicators. Repeatable.",
        HelpName = "PATH",
    };

    public Option<bool> Untrusted { get; } = new("--untrusted")
    {
        Description = "Compile the script as someone else's code: only the allow-list of APIs, and loops bounded per bar. " +
                      "Scripts named on the command line are your own files, so they are trusted by default.",
    };

    public Option<string?> CacheDir { get; } = new("--cache-dir")
    {
        Description = $"Where compiled scripts are cached between runs (default: ${CacheDirectory.EnvironmentVariable}, else ~/.cache/scriptgen).",
        HelpName = "DIR",
    };

    public Option<bool> NoCache { get; } = new("--no-cache")
    {
        Description = "Compile without reading or writing the disk cache.",
    };

    public void AddTo(Command command)
    {
        command.Add(Script);
        command.Add(Include);
        command.Add(Untrusted);
        command.Add(CacheDir);
        command.Add(NoCache);
    }

    public ScriptLoader CreateLoader(ParseResult parse) => new(
        parse.GetValue(Untrusted) ? ScriptTrust.Untrusted : ScriptTrust.Trusted,
        parse.GetValue(NoCache) ? null : CacheDirectory.Resolve(parse.GetValue(CacheDir)));

    public string ScriptPath(ParseResult parse) => parse.GetRequiredValue(Script);

    public IReadOnlyList<string> Includes(ParseResult parse) => parse.GetValue(Include) ?? [];
}
