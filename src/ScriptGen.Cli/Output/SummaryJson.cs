using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace ScriptGen.Cli.Output;

/// <summary>
/// <c>--json</c>: the run as JSON for scripts and notebooks: script, symbol, bars, inputs, settings, the
/// performance summary (all, long, short), equity figures and trade counts. na (NaN) is <c>null</c>.
/// </summary>
internal static class SummaryJson
{
    public static void Write(string path, IndicatorResult result, IReadOnlyDictionary<string, object?> inputs, SymbolInfo symbol)
    {
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartObject("script");
        json.WriteString("title", result.Script.Title);
        json.WriteString("type", result.Script.TypeName);
        json.WriteString("kind", result.Script.Kind == ScriptKind.Strategy ? "strategy" : "indicator");
        json.WriteEndObject();

        json.WriteStartObject("inputs");
        foreach (InputMetadata input in result.Script.Inputs)
        {
            json.WritePropertyName(input.Name);
            WriteValue(json, inputs.TryGetValue(input.Name, out object? given) ? Convert(given, input) : input.DefaultValue);
        }

        json.WriteEndObject();
        WriteObject(json, "symbol", symbol);

        Bars bars = result.Bars;
        json.WriteStartObject("bars");
        json.WriteNumber("count", bars.Count);
        json.WriteString("first", Utc(bars.Time[0]));
        json.WriteString("last", Utc(bars.Time[^1]));
        json.WriteNumber("timeframeSeconds", bars.Timeframe.TotalSeconds);
        json.WriteEndObject();

        if (result is StrategyResult strategy)
        {
            WriteObject(json, "settings", strategy.Settings);
            PerformanceSummary summary = strategy.Summary;
            json.WriteStartObject("performance");
            WriteObject(json, "all", summary.All);
            WriteObject(json, "long", summary.Long);
            WriteObject(json, "short", summary.Short);
            json.WriteEndObject();
            json.WriteStartObject("equity");
            WriteNumber(json, "maxDrawdown", summary.MaxDrawdown);
            WriteNumber(json, "maxDrawdownPercent", summary.MaxDrawdownPercent);
            WriteNumber(json, "maxRunUp", summary.MaxRunUp);
            WriteNumber(json, "maxRunUpPercent", summary.MaxRunUpPercent);
            WriteNumber(json, "buyAndHoldReturn", summary.BuyAndHoldReturn);
            WriteNumber(json, "buyAndHoldReturnPercent", summary.BuyAndHoldReturnPercent);
            WriteNumber(json, "sharpeRatio", summary.SharpeRatio);
            WriteNumber(json, "sortinoRatio", summary.SortinoRatio);
            WriteNumber(json, "finalEquity", strategy.Equity.Length > 0 ? strategy.Equity.Span[^1] : strategy.Settings.InitialCapital);
            json.WriteEndObject();
            json.WriteStartObject("trades");
            json.WriteNumber("closed", strategy.ClosedTrades.Count);
            json.WriteNumber("open", strategy.OpenTrades.Count);
            json.WriteEndObject();
        }
        else
        {
            json.WriteStartObject("lastPlotValues");
            foreach (PlotResult plot in result.Plots)
            {
                WriteNumber(json, plot.Title, plot.Values.Length > 0 ? plot.Values.Span[^1] : double.NaN);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static string Utc(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static object? Convert(object? given, InputMetadata input)
    {
        if (given is not string text)
        {
            return given;
        }

        return input.Type switch
        {
            InputType.Int when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) => i,
            InputType.Float when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => d,
            InputType.Bool when bool.TryParse(text, out bool b) => b,
            _ => text,
        };
    }

    /// <summary>Every public readable property of <paramref name="value"/>, camelCase, numbers and enums and text.</summary>
    private static void WriteObject(Utf8JsonWriter json, string name, object value)
    {
        json.WriteStartObject(name);
        foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            json.WritePropertyName(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            WriteValue(json, property.GetValue(value));
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case double d:
                WriteNumberValue(json, d);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case Enum e:
                json.WriteStringValue(e.ToString());
                break;
            default:
                json.WriteStringValue(System.Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        WriteNumberValue(json, value);
    }

    private static void WriteNumberValue(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
