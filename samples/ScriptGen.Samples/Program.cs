using ScriptGen;
using ScriptGen.Reporting;

// Backtests one of the sample scripts on the bundled EUR/USD hourly bars and prints the report.
//   dotnet run --project samples/ScriptGen.Samples                       EMA Cross, default inputs
//   dotnet run --project samples/ScriptGen.Samples -- "MACD Strategy"     another script, by name or title
//   dotnet run --project samples/ScriptGen.Samples -- EmaCross FastLength=5 SlowLength=30
string scriptName = args.Length > 0 ? args[0] : "EmaCross";
var inputs = new Dictionary<string, object?>();
foreach (string assignment in args.Skip(1))
{
    string[] parts = assignment.Split('=', 2);
    if (parts.Length != 2)
    {
        Console.Error.WriteLine($"Expected Name=Value, got '{assignment}'.");
        return 2;
    }

    inputs[parts[0]] = parts[1];
}

try
{
    string dataPath = Path.Combine(AppContext.BaseDirectory, "data", "eurusd-1h.csv");
    Bars bars = BarCsv.Read(dataPath);
    var symbol = new SymbolInfo { Ticker = "EURUSD", MinTick = 0.00001, Currency = "USD", TimeZone = "America/New_York" };
    ScriptDefinition definition = ScriptCatalog.Find(scriptName);
    var environment = new RuntimeEnvironment();
    Script script = definition.Create(inputs);
    if (script is not StrategyScript strategy)
    {
        Console.Error.WriteLine($"'{definition.Metadata.Title}' is an indicator; the sample runner backtests strategies.");
        return 2;
    }

    StrategyResult result = environment.RunStrategy(strategy, bars, new RunOptions { Symbol = symbol });
    Console.Write(StrategyReport.Format(result, maxTrades: 20));
    return 0;
}
catch (ScriptEngineException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
