using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScriptGen.Cli.Data;

/// <summary>
/// The traded symbol (<see cref="SymbolInfo"/>): read from <c>--symbol-file</c> (JSON whose keys are the
/// property names), then each flag given overrides its field. <see cref="Fields"/> lists every field with its
/// flag, so none is forgotten (a test checks it against <see cref="SymbolInfo"/>).
/// </summary>
internal sealed class SymbolOptions
{
    /// <summary>Each <see cref="SymbolInfo"/> property and the flag that sets it.</summary>
    public static readonly IReadOnlyList<(string Property, string Flag)> Fields =
    [
        (nameof(SymbolInfo.Ticker), "--symbol"),
        (nameof(SymbolInfo.MinTick), "--mintick"),
        (nameof(SymbolInfo.PointValue), "--pointvalue"),
        (nameof(SymbolInfo.QuantityStep), "--qtystep"),
        (nameof(SymbolInfo.Currency), "--currency"),
        (nameof(SymbolInfo.TimeZone), "--timezone"),
    ];

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public Option<string?> File { get; } = new("--symbol-file")
    {
        Description = "A JSON file describing the symbol, e.g. {\"Ticker\": \"EURUSD\", \"MinTick\": 0.00001, \"TimeZone\": \"America/New_York\"}; " +
                      "keys: " + string.Join(", ", Fields.Select(f => f.Property)) + ". Flags override it.",
        HelpName = "FILE",
    };

    public Option<string?> Ticker { get; } = new("--symbol") { Description = "The symbol's name (syminfo.ticker); default SYMBOL.", HelpName = "TICKER" };

    public Option<double?> MinTick { get; } = Numbers.DoubleOption("--mintick", "The tick size, the smallest price move (syminfo.mintick); default 0.01.");

    public Option<double?> PointValue { get; } = Numbers.DoubleOption("--pointvalue", "The money value of a one-point move of one unit (syminfo.pointvalue); default 1.");

    public Option<double?> QuantityStep { get; } = Numbers.DoubleOption("--qtystep", "The smallest quantity increment; 0 allows any quantity (default).");

    public Option<string?> Currency { get; } = new("--currency") { Description = "The currency P&L is counted in (syminfo.currency); default USD.", HelpName = "CODE" };

    public Option<string?> TimeZone { get; } = new("--timezone", "--tz")
    {
        Description = "The exchange's time zone, an IANA id (syminfo.timezone); default UTC. Times in reports and --from/--to use it.",
        HelpName = "ZONE",
    };

    public void AddTo(Command command)
    {
        command.Add(File);
        command.Add(Ticker);
        command.Add(MinTick);
        command.Add(PointValue);
        command.Add(QuantityStep);
        command.Add(Currency);
        command.Add(TimeZone);
    }

    /// <summary>The symbol: the file's, then the flags'; checked.</summary>
    /// <exception cref="UsageException">The file is missing or malformed, or a value is invalid.</exception>
    public SymbolInfo Read(ParseResult parse)
    {
        SymbolInfo symbol = parse.GetValue(File) is { } path ? ReadFile(path) : new SymbolInfo();
        symbol = symbol with
        {
            Ticker = parse.GetValue(Ticker) ?? symbol.Ticker,
            MinTick = parse.GetValue(MinTick) ?? symbol.MinTick,
            PointValue = parse.GetValue(PointValue) ?? symbol.PointValue,
            QuantityStep = parse.GetValue(QuantityStep) ?? symbol.QuantityStep,
            Currency = parse.GetValue(Currency) ?? symbol.Currency,
            TimeZone = parse.GetValue(TimeZone) ?? symbol.TimeZone,
        };
        try
        {
            symbol.Validate();
        }
        catch (ScriptEngineException failure)
        {
            throw new UsageException(failure.Message);
        }

        return symbol;
    }

    private static SymbolInfo ReadFile(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new UsageException($"Symbol file '{path}' does not exist.");
        }

        try
        {
            return JsonSerializer.Deserialize<SymbolInfo>(System.IO.File.ReadAllText(path), s_json)
                ?? throw new UsageException($"Symbol file '{path}' holds null; expected an object such as {{\"Ticker\": \"EURUSD\", \"MinTick\": 0.00001}}.");
        }
        catch (JsonException failure)
        {
            string where = failure.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;
            throw new UsageException(
                $"Symbol file '{path}'{where} is not a valid symbol: {FirstSentence(failure.Message)} " +
                $"Keys: {string.Join(", ", Fields.Select(f => f.Property))}.");
        }
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". Path:", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
