using System.Text;

namespace ScriptGen.Reports.Html;

/// <summary>What ran on what, as the text report's header says it, and whether the candles are aggregated.</summary>
internal static class ReportHeader
{
    public static void Write(StringBuilder html, ReportModel model)
    {
        IndicatorResult result = model.Result;
        Bars bars = result.Bars;
        ReportNumbers numbers = model.Numbers;
        html.AppendLine("<header>");
        html.Append("<h1>").Append(Html.Encode(model.Title)).AppendLine("</h1>");
        html.Append("<p class=\"run\">").Append(Html.Encode(result.Script.TypeName)).Append(" &middot; ")
            .Append(Html.Encode(model.Symbol.Ticker)).Append(": ").Append(ReportNumbers.Count(bars.Count)).Append(" bars of ")
            .Append(Html.Encode(ReportNumbers.Timeframe(bars.Timeframe))).Append(", ").Append(numbers.Time(bars.Time[0])).Append(" to ")
            .Append(numbers.Time(bars.Time[^1])).Append(" (").Append(Html.Encode(model.Symbol.TimeZone)).AppendLine(")</p>");
        if (result is StrategyResult strategy)
        {
            html.Append("<p class=\"settings\">").Append(Html.Encode(Settings(strategy, numbers))).AppendLine("</p>");
        }

        if (model.Buckets.Aggregated)
        {
            html.Append("<p class=\"note\" id=\"aggregation-note\">")
                .Append(Html.Encode(HtmlReport.Invariant(
                    $"The chart draws the {bars.Count:N0} bars as {model.Buckets.Count:N0} candles of {model.Buckets.BarsPerCandle:N0} bars each ")))
                .Append("(first open, highest high, lowest low, last close), so that it stays fast; plots and equity show each candle's last value, ")
                .Append("drawdown its deepest, and a marker gathers the fills of its candle. The summary and the trade list use every bar.")
                .AppendLine("</p>");
        }

        html.AppendLine("</header>");
    }

    private static string Settings(StrategyResult result, ReportNumbers numbers)
    {
        StrategySettings settings = result.Settings;
        string currency = result.Symbol.Currency;
        string size = settings.DefaultQuantityType switch
        {
            QuantityType.Fixed => $"quantity {ReportNumbers.Number(settings.DefaultQuantity)}",
            QuantityType.Cash => $"{numbers.Money(settings.DefaultQuantity)} {currency}",
            _ => $"{ReportNumbers.Number(settings.DefaultQuantity)} % of equity",
        };
        int entries = Math.Max(1, settings.Pyramiding);
        string text = $"Initial capital {numbers.Money(settings.InitialCapital)} {currency}, {size} per entry, {entries} entr{(entries == 1 ? "y" : "ies")} per direction";
        if (settings.CommissionValue > 0)
        {
            text += settings.CommissionType switch
            {
                CommissionType.Percent => $", commission {ReportNumbers.Number(settings.CommissionValue)} %",
                CommissionType.CashPerContract => $", commission {ReportNumbers.Number(settings.CommissionValue)} {currency} per contract",
                _ => $", commission {ReportNumbers.Number(settings.CommissionValue)} {currency} per order",
            };
        }

        if (settings.Slippage > 0)
        {
            text += $", slippage {settings.Slippage} tick{(settings.Slippage == 1 ? "" : "s")}";
        }

        return text;
    }
}
