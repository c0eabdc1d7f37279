using System.Text.Json;

namespace ScriptGen.Reports.Html;

/// <summary>
/// The data the page's script draws, as one JSON object: candles, what the script drew (<see cref="ChartPayload"/>),
/// equity, drawdown, markers and the trade list. Number columns are packed typed arrays (<see cref="PackedArray"/>); the writer escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no text in it can end the script element it sits in.
/// </summary>
internal static class ReportPayload
{
    public static void Write(Stream stream, ReportModel model)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("title", model.Title);
        json.WriteBoolean("overlay", model.Result.Script.Overlay);
        json.WriteNumber("priceDecimals", model.Numbers.PriceDecimals);
        json.WriteNumber("moneyDecimals", model.Numbers.MoneyDecimals);
        json.WriteString("currency", model.Symbol.Currency);
        json.WriteNumber("barsPerCandle", model.Buckets.BarsPerCandle);
        json.WriteString("timeframe", ReportNumbers.Timeframe(model.Result.Bars.Timeframe));
        WriteCandles(json, model);
        ChartPayload.Write(json, model);
        if (model.Result is StrategyResult strategy)
        {
            WriteEquity(json, model, strategy);
            WriteMarkers(json, TradeMarkers.From(strategy, model.Buckets), model);
            WriteTrades(json, strategy, model.Numbers);
        }

        json.WriteEndObject();
    }

    private static void WriteCandles(Utf8JsonWriter json, ReportModel model)
    {
        Bars bars = model.Result.Bars;
        CandleBuckets buckets = model.Buckets;
        int count = buckets.Count;
        var time = new double[count];
        var open = new double[count];
        var high = new double[count];
        var low = new double[count];
        var close = new double[count];
        for (int candle = 0; candle < count; candle++)
        {
            int first = buckets.FirstBar(candle);
            int last = buckets.LastBar(candle);
            time[candle] = model.Numbers.WallClockMilliseconds(bars.Time[first]);
            open[candle] = bars.Open[first];
            close[candle] = bars.Close[last];
            double h = bars.High[first];
            double l = bars.Low[first];
            for (int bar = first + 1; bar <= last; bar++)
            {
                h = Math.Max(h, bars.High[bar]);
                l = Math.Min(l, bars.Low[bar]);
            }

            high[candle] = h;
            low[candle] = l;
        }

        double tick = model.Symbol.MinTick;
        json.WritePropertyName("time");
        PackedArray.Write(json, time, resolution: 0);
        json.WritePropertyName("open");
        PackedArray.Write(json, open, tick);
        json.WritePropertyName("high");
        PackedArray.Write(json, high, tick);
        json.WritePropertyName("low");
        PackedArray.Write(json, low, tick);
        json.WritePropertyName("close");
        PackedArray.Write(json, close, tick);
    }

    private static void WriteEquity(Utf8JsonWriter json, ReportModel model, StrategyResult result)
    {
        ReadOnlySpan<double> equity = result.Equity.Span;
        var drawdown = new double[equity.Length];
        double peak = result.Settings.InitialCapital;
        for (int bar = 0; bar < equity.Length; bar++)
        {
            peak = Math.Max(peak, equity[bar]);
            drawdown[bar] = peak > 0 ? (equity[bar] - peak) / peak * 100 : double.NaN;
        }

        double cent = Math.Pow(10, -model.Numbers.MoneyDecimals);
        json.WriteNumber("initialCapital", result.Settings.InitialCapital);
        json.WritePropertyName("equity");
        PackedArray.Write(json, model.Buckets.Last(equity), cent);
        json.WritePropertyName("drawdown");
        PackedArray.Write(json, model.Buckets.Min(drawdown), 0.001);
    }

    private static void WriteMarkers(Utf8JsonWriter json, TradeMarkers markers, ReportModel model)
    {
        json.WriteStartObject("markers");
        WriteGroup(json, "longEntries", markers.LongEntries, model);
        WriteGroup(json, "shortEntries", markers.ShortEntries, model);
        WriteGroup(json, "exits", markers.Exits, model);
        json.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter json, string name, MarkerGroup group, ReportModel model)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("candles");
        foreach (int candle in group.Candles)
        {
            json.WriteNumberValue(candle);
        }

        json.WriteEndArray();
        json.WritePropertyName("prices");
        PackedArray.Write(json, group.Prices, model.Symbol.MinTick);
        json.WriteStartArray("rows");
        foreach (int row in group.Rows)
        {
            json.WriteNumberValue(row);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// One row per trade, closed ones first then open ones, as the text report lists them: number, side, entry
    /// time (a chart time: the exchange's wall clock as milliseconds), signal and price, exit time, signal and
    /// price, quantity, profit and cumulative profit (formatted as the text report does), and the profit's sign.
    /// </summary>
    private static void WriteTrades(Utf8JsonWriter json, StrategyResult result, ReportNumbers numbers)
    {
        json.WriteStartArray("trades");
        double cumulative = 0;
        foreach (Trade trade in TradeMarkers.Rows(result))
        {
            string total = "(open)";
            if (!trade.IsOpen)
            {
                cumulative += trade.Profit;
                total = numbers.Money(cumulative);
            }

            json.WriteStartArray();
            json.WriteNumberValue(trade.Number);
            json.WriteStringValue(trade.Direction == Direction.Long ? "long" : "short");
            json.WriteNumberValue(numbers.WallClockMilliseconds(trade.EntryTime));
            json.WriteStringValue(trade.EntrySignal);
            json.WriteStringValue(numbers.Price(trade.EntryPrice));
            // An open trade's row shows its mark under the "Open" signal, as the Strategy Tester lists it.
            json.WriteNumberValue(numbers.WallClockMilliseconds(trade.IsOpen ? trade.MarkTime : trade.ExitTime));
            json.WriteStringValue(trade.ExitSignal);
            json.WriteStringValue(numbers.Price(trade.IsOpen ? trade.MarkPrice : trade.ExitPrice));
            json.WriteStringValue(ReportNumbers.Number(trade.Quantity));
            json.WriteStringValue(numbers.Money(trade.Profit));
            json.WriteStringValue(total);
            json.WriteNumberValue(Math.Sign(trade.Profit));
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
