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
        (nameof(SymbolInfo.Prefix), "--prefix"),
        (nameof(SymbolInfo.Kind), "--kind"),
        (nameof(SymbolInfo.MinTick), "--mintick"),
        (nameof(SymbolInfo.PointValue), "--pointvalue"),
        (nameof(SymbolInfo.QuantityStep), "--qtystep"),
        (nameof(SymbolInfo.Currency), "--currency"),
        (nameof(SymbolInfo.BaseCurrency), "--basecurrency"),
        (nameof(SymbolInfo.TimeZone), "--timezone"),
        (nameof(SymbolInfo.Session), "--session"),
        (nameof(SymbolInfo.PreMarket), "--premarket"),
        (nameof(SymbolInfo.PostMarket), "--postmarket"),
    ];

    public Option<string?> File { get; } = new("--symbol-file")
    {
        Description = "A JSON file describing the symbol, e.g. {\"Ticker\": \"EURUSD\", \"MinTick\": 0.00001, \"TimeZone\": \"America/New_York\"}; " +
                      "keys: " + string.Join(", ", Fields.Select(f => f.Property)) + ". Flags override it.",
        HelpName = "FILE",
    };

    public Option<string?> Ticker { get; } = new("--symbol") { Description = "The symbol's name (syminfo.ticker); default SYMBOL.", HelpName = "TICKER" };

    public Option<string?> Prefix { get; } = new("--prefix") { Description = "The exchange or vendor prefix (syminfo.prefix), e.g. FX; default none.", HelpName = "PREFIX" };

    public Option<string?> Kind { get; } = new("--kind")
    {
        Description = "What the symbol is (syminfo.type): forex, crypto, stock, futures, index, fund, ...; it gives the default session, time zone and quantity step.",
        HelpName = "TYPE",
    };

    public Option<string?> BaseCurrency { get; } = new("--basecurrency") { Description = "The base currency of a pair (syminfo.basecurrency), e.g. EUR; default none.", HelpName = "CODE" };

    public Option<string?> Session { get; } = new("--session")
    {
        Description = "The regular trading session in the exchange time zone, e.g. 0930-1600:23456 or 1700-1700:23456; default the kind's (24x7 when none).",
        HelpName = "SESSION",
    };

    public Option<string?> PreMarket { get; } = new("--premarket") { Description = "The pre-market session when the bars include it, e.g. 0400-0930:23456.", HelpName = "SESSION" };

    public Option<string?> PostMarket { get; } = new("--postmarket") { Description = "The post-market session when the bars include it, e.g. 1600-2000:23456.", HelpName = "SESSION" };

    public Option<double?> MinTick { get; } = Numbers.DoubleOption("--mintick", "The tick size, the smallest price move (syminfo.mintick); default 0.01.");

    public Option<double?> PointValue { get; } = Numbers.DoubleOption("--pointvalue", "The money value of a one-point move of one unit (syminfo.pointvalue); default 1.");

    public Option<double?> QuantityStep { get; } = Numbers.DoubleOption("--qtystep", "The smallest quantity increment (syminfo.mincontract); 0 allows any quantity; default the kind's (0 when none).");

    public Option<string?> Currency { get; } = new("--currency") { Description = "The currency P&L is counted in (syminfo.currency); default USD.", HelpName = "CODE" };

    public Option<string?> TimeZone { get; } = new("--timezone", "--tz")
    {
        Description = "The exchange's time zone, an IANA id (syminfo.timezone); default the kind's (UTC when none). Times in reports and --from/--to use it.",
        HelpName = "ZONE",
    };

    public void AddTo(Command command)
    {
        command.Add(File);
        command.Add(Ticker);
        command.Add(Prefix);
        command.Add(Kind);
        command.Add(MinTick);
        command.Add(PointValue);
        command.Add(QuantityStep);
        command.Add(Currency);
        command.Add(BaseCurrency);
        command.Add(TimeZone);
        command.Add(Session);
        command.Add(PreMarket);
        command.Add(PostMarket);
    }

    /// <summary>The symbol: the file's, then the flags'; checked.</summary>
    /// <exception cref="UsageException">The file is missing or malformed, or a value is invalid.</exception>
    public SymbolInfo Read(ParseResult parse)
    {
        SymbolInfo symbol = parse.GetValue(File) is { } path ? ReadFile(path) : new SymbolInfo();
        if (parse.GetValue(Kind) is { } kind)
        {
            try
            {
                // The kind first: the fields the file or the flags do not set follow it.
                symbol = symbol with { Kind = SymbolKindDefaults.ParsePineType(kind) };
            }
            catch (ArgumentException failure)
            {
                throw new UsageException($"Option '--kind': {failure.Message.Split(" (Parameter", 2)[0]}");
            }
        }

        symbol = symbol with
        {
            Ticker = parse.GetValue(Ticker) ?? symbol.Ticker,
            Prefix = parse.GetValue(Prefix) ?? symbol.Prefix,
            BaseCurrency = parse.GetValue(BaseCurrency) ?? symbol.BaseCurrency,
            PreMarket = parse.GetValue(PreMarket) ?? symbol.PreMarket,
            PostMarket = parse.GetValue(PostMarket) ?? symbol.PostMarket,
            MinTick = parse.GetValue(MinTick) ?? symbol.MinTick,
            PointValue = parse.GetValue(PointValue) ?? symbol.PointValue,
            Currency = parse.GetValue(Currency) ?? symbol.Currency,
        };

        // Set only what was given, so a field left alone keeps following the kind.
        if (parse.GetValue(QuantityStep) is { } step)
        {
            symbol = symbol with { QuantityStep = step };
        }

        if (parse.GetValue(TimeZone) is { } zone)
        {
            symbol = symbol with { TimeZone = zone };
        }

        if (parse.GetValue(Session) is { } session)
        {
            symbol = symbol with { Session = session };
        }
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

    internal static SymbolInfo ReadFile(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new UsageException($"Symbol file '{path}' does not exist.");
        }

        try
        {
            return JsonSerializer.Deserialize<SymbolInfo>(System.IO.File.ReadAllText(path), SymbolFileJson.Options)
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

    /// <summary>
    /// How a symbol file is read. In a class of its own so that it is made when a file is read: as a static field of
    /// <see cref="SymbolOptions"/> it was made with the command line's options, loading System.Text.Json in every
    /// process before the bars were read.
    /// </summary>
    private static class SymbolFileJson
    {
        public static readonly JsonSerializerOptions Options = new()
        {
            PropertyNameCaseInsensitive = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            Converters = { new JsonStringEnumConverter<SymbolKind>(allowIntegerValues: false) },
        };
    }
}
