using System.Text;

namespace ScriptGen.Reports.Html;

/// <summary>The performance summary as HTML tables: the Strategy Tester's figures for all, long and short trades, and the equity figures.</summary>
internal static class SummaryHtml
{
    public static void Write(StringBuilder html, StrategyResult result, ReportNumbers numbers)
    {
        PerformanceSummary s = result.Summary;
        string currency = Html.Encode(result.Symbol.Currency);
        html.Append("<section class=\"summary\"><h2>Performance (").Append(currency).AppendLine(")</h2>");
        html.AppendLine("<table class=\"figures\"><thead><tr><th></th><th>All</th><th>Long</th><th>Short</th></tr></thead><tbody>");
        void Row(string label, Func<TradeStatistics, string> value, Func<TradeStatistics, double>? sign = null)
        {
            html.Append("<tr><th>").Append(Html.Encode(label)).Append("</th>");
            foreach (TradeStatistics side in new[] { s.All, s.Long, s.Short })
            {
                string css = sign is null ? string.Empty : Css(sign(side));
                html.Append("<td").Append(css).Append('>').Append(Html.Encode(value(side))).Append("</td>");
            }

            html.AppendLine("</tr>");
        }

        string MoneyAndPercent(double money, double percent) => $"{numbers.Money(money)} ({ReportNumbers.Percent(percent)})";
        Row("Net profit", t => MoneyAndPercent(t.NetProfit, t.NetProfitPercent), t => t.NetProfit);
        Row("Gross profit", t => MoneyAndPercent(t.GrossProfit, t.GrossProfitPercent));
        Row("Gross loss", t => MoneyAndPercent(t.GrossLoss, t.GrossLossPercent));
        Row("Commission paid", t => numbers.Money(t.CommissionPaid));
        Row("Profit factor", t => ReportNumbers.Ratio(t.ProfitFactor));
        Row("Max contracts held", t => ReportNumbers.Number(t.MaxContractsHeld));
        Row("Closed trades", t => ReportNumbers.Count(t.TotalClosedTrades));
        Row("Open trades", t => ReportNumbers.Count(t.TotalOpenTrades));
        Row("Open P&L", t => numbers.Money(t.OpenProfit), t => t.OpenProfit);
        Row("Winning / losing / even", t => $"{t.WinningTrades} / {t.LosingTrades} / {t.EvenTrades}");
        Row("Percent profitable", t => ReportNumbers.Percent(t.PercentProfitable));
        Row("Average trade", t => MoneyAndPercent(t.AverageTrade, t.AverageTradePercent), t => t.AverageTrade);
        Row("Average winning trade", t => MoneyAndPercent(t.AverageWinningTrade, t.AverageWinningTradePercent));
        Row("Average losing trade", t => MoneyAndPercent(t.AverageLosingTrade, t.AverageLosingTradePercent));
        Row("Avg win / avg loss", t => ReportNumbers.Ratio(t.RatioAverageWinToAverageLoss));
        Row("Largest winning trade", t => MoneyAndPercent(t.LargestWinningTrade, t.LargestWinningTradePercent));
        Row("Largest losing trade", t => MoneyAndPercent(t.LargestLosingTrade, t.LargestLosingTradePercent));
        Row("Avg bars in trades", t => ReportNumbers.Ratio(t.AverageBarsInTrade));
        Row("Avg bars in winners", t => ReportNumbers.Ratio(t.AverageBarsInWinningTrade));
        Row("Avg bars in losers", t => ReportNumbers.Ratio(t.AverageBarsInLosingTrade));
        Row("Margin calls", t => ReportNumbers.Count(t.MarginCalls));
        html.AppendLine("</tbody></table>");

        html.AppendLine("<table class=\"figures equity\"><tbody>");
        void Equity(string label, string value) =>
            html.Append("<tr><th>").Append(Html.Encode(label)).Append("</th><td>").Append(Html.Encode(value)).AppendLine("</td></tr>");
        Equity("Max drawdown", $"{numbers.Money(s.MaxDrawdown)} {result.Symbol.Currency} ({ReportNumbers.Percent(s.MaxDrawdownPercent)})");
        Equity("Max run-up", $"{numbers.Money(s.MaxRunUp)} {result.Symbol.Currency} ({ReportNumbers.Percent(s.MaxRunUpPercent)})");
        Equity("Buy & hold return", $"{numbers.Money(s.BuyAndHoldReturn)} {result.Symbol.Currency} ({ReportNumbers.Percent(s.BuyAndHoldReturnPercent)})");
        Equity("Sharpe ratio", ReportNumbers.Ratio(s.SharpeRatio));
        Equity("Sortino ratio", ReportNumbers.Ratio(s.SortinoRatio));
        html.AppendLine("</tbody></table></section>");
    }

    private static string Css(double value) => value > 0 ? " class=\"gain\"" : value < 0 ? " class=\"loss\"" : string.Empty;
}
