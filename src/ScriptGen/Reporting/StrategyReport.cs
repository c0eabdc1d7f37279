using System.Globalization;
using System.Text;

namespace ScriptGen.Reporting;

/// <summary>
/// The plain-text backtest report: what ran on what, the performance summary and the list of trades.
/// Times are shown in the symbol's time zone; prices with the symbol's tick precision.
/// </summary>
public static class StrategyReport
{
    // The trade table's header row (shared: the table is only read).
    private static readonly string[] s_tradeColumns =
        { "#", "Side", "Entry time", "Entry signal", "Entry price", "Exit time", "Exit signal", "Exit price", "Qty", "Profit", "Cum. profit" };

    /// <summary>Formats <paramref name="result"/> as a report.</summary>
    /// <param name="result">The strategy run.</param>
    /// <param name="maxTrades">How many trades to list (the most recent ones); all by default.</param>
    public static string Format(StrategyResult result, int maxTrades = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(result);
        var format = new ReportFormat(result.Symbol, TypicalQuantity(result));
        var text = new StringBuilder();
        WriteHeader(text, result, format);
        WriteSummary(text, result, format);
        WriteTrades(text, result, format, maxTrades);
        return text.ToString();
    }

    /// <summary>The quantity money precision is chosen for: the fixed default, else the first trade's.</summary>
    private static double TypicalQuantity(StrategyResult result)
    {
        if (result.Settings.DefaultQuantityType == QuantityType.Fixed)
        {
            return result.Settings.DefaultQuantity;
        }

        return result.ClosedTrades.Count > 0 ? result.ClosedTrades[0].Quantity
            : result.OpenTrades.Count > 0 ? result.OpenTrades[0].Quantity : 1;
    }

    private static void WriteHeader(StringBuilder text, StrategyResult result, ReportFormat format)
    {
        Bars bars = result.Bars;
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.Script.Title} ({result.Script.TypeName})");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  {result.Symbol.Ticker}: {bars.Count:N0} bars of {DescribeTimeframe(bars.Timeframe)}, {format.Time(bars.Time[0])} to {format.Time(bars.Time[^1])} ({result.Symbol.TimeZone})");
        StrategySettings settings = result.Settings;
        string currency = result.Symbol.Currency;
        string size = settings.DefaultQuantityType switch
        {
            QuantityType.Fixed => $"quantity {ReportFormat.Number(settings.DefaultQuantity)}",
            QuantityType.Cash => $"{format.Money(settings.DefaultQuantity)} {currency}",
            _ => $"{ReportFormat.Number(settings.DefaultQuantity)} % of equity",
        };
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  Initial capital {format.Money(settings.InitialCapital)} {currency}, {size} per entry, " +
            $"{settings.MaxEntriesPerDirection} entr{(settings.MaxEntriesPerDirection == 1 ? "y" : "ies")} per direction");
        var costs = new List<string>();
        if (settings.CommissionValue > 0)
        {
            costs.Add(settings.CommissionType switch
            {
                CommissionType.Percent => $"commission {ReportFormat.Number(settings.CommissionValue)} %",
                CommissionType.CashPerContract => $"commission {ReportFormat.Number(settings.CommissionValue)} {currency} per contract",
                _ => $"commission {ReportFormat.Number(settings.CommissionValue)} {currency} per order",
            });
        }

        if (settings.Slippage > 0)
        {
            costs.Add($"slippage {settings.Slippage} tick{(settings.Slippage == 1 ? "" : "s")}");
        }

        if (settings.ProcessOrdersOnClose)
        {
            costs.Add("orders also filled at the close");
        }
        else if (settings.CalcOnOrderFills)
        {
            costs.Add("script re-run after each fill");
        }

        if (settings.UseBarMagnifier)
        {
            costs.Add("orders filled along lower-timeframe bars (bar magnifier)");
        }

        if (settings.CloseEntriesRule == CloseEntriesRule.Any)
        {
            costs.Add("exits close their own entry (ANY)");
        }

        if (settings.MarginLong > 0 || settings.MarginShort > 0)
        {
            costs.Add($"margin {ReportFormat.Number(settings.MarginLong)} % long, {ReportFormat.Number(settings.MarginShort)} % short");
        }

        if (costs.Count > 0)
        {
            text.Append("  ").AppendLine(char.ToUpperInvariant(costs[0][0]) + string.Join(", ", costs)[1..]);
        }

        text.AppendLine();
    }

    private static void WriteSummary(StringBuilder text, StrategyResult result, ReportFormat format)
    {
        PerformanceSummary s = result.Summary;
        string currency = result.Symbol.Currency;
        text.AppendLine(CultureInfo.InvariantCulture, $"Performance ({currency})");
        var rows = new List<string[]> { new[] { string.Empty, "All", "Long", "Short" } };
        void Add(string label, Func<TradeStatistics, string> value) => rows.Add([label, value(s.All), value(s.Long), value(s.Short)]);
        string MoneyAndPercent(double money, double percent) => $"{format.Money(money)} ({ReportFormat.Percent(percent)})";
        Add("Net profit", t => MoneyAndPercent(t.NetProfit, t.NetProfitPercent));
        Add("Gross profit", t => MoneyAndPercent(t.GrossProfit, t.GrossProfitPercent));
        Add("Gross loss", t => MoneyAndPercent(t.GrossLoss, t.GrossLossPercent));
        Add("Commission paid", t => format.Money(t.CommissionPaid));
        Add("Profit factor", t => ReportFormat.Ratio(t.ProfitFactor));
        Add("Max contracts held", t => ReportFormat.Number(t.MaxContractsHeld));
        Add("Closed trades", t => t.TotalClosedTrades.ToString(CultureInfo.InvariantCulture));
        Add("Open trades", t => t.TotalOpenTrades.ToString(CultureInfo.InvariantCulture));
        Add("Open P&L", t => format.Money(t.OpenProfit));
        Add("Winning / losing / even", t => $"{t.WinningTrades} / {t.LosingTrades} / {t.EvenTrades}");
        Add("Percent profitable", t => ReportFormat.Percent(t.PercentProfitable));
        Add("Average trade", t => MoneyAndPercent(t.AverageTrade, t.AverageTradePercent));
        Add("Average winning trade", t => MoneyAndPercent(t.AverageWinningTrade, t.AverageWinningTradePercent));
        Add("Average losing trade", t => MoneyAndPercent(t.AverageLosingTrade, t.AverageLosingTradePercent));
        Add("Avg win / avg loss", t => ReportFormat.Ratio(t.RatioAverageWinToAverageLoss));
        Add("Largest winning trade", t => MoneyAndPercent(t.LargestWinningTrade, t.LargestWinningTradePercent));
        Add("Largest losing trade", t => MoneyAndPercent(t.LargestLosingTrade, t.LargestLosingTradePercent));
        Add("Avg bars in trades", t => ReportFormat.Ratio(t.AverageBarsInTrade));
        Add("Avg bars in winners", t => ReportFormat.Ratio(t.AverageBarsInWinningTrade));
        Add("Avg bars in losers", t => ReportFormat.Ratio(t.AverageBarsInLosingTrade));
        Add("Margin calls", t => t.MarginCalls.ToString(CultureInfo.InvariantCulture));
        WriteTable(text, rows, column => column > 0);
        text.AppendLine();

        text.AppendLine("Equity");
        Row(text, "Max drawdown", $"{format.Money(s.MaxDrawdown)} {currency} ({ReportFormat.Percent(s.MaxDrawdownPercent)})");
        Row(text, "Max run-up", $"{format.Money(s.MaxRunUp)} {currency} ({ReportFormat.Percent(s.MaxRunUpPercent)})");
        Row(text, "Buy & hold return", $"{format.Money(s.BuyAndHoldReturn)} {currency} ({ReportFormat.Percent(s.BuyAndHoldReturnPercent)})");
        Row(text, "Sharpe ratio", ReportFormat.Ratio(s.SharpeRatio));
        Row(text, "Sortino ratio", ReportFormat.Ratio(s.SortinoRatio));
        text.AppendLine();
    }

    private static void WriteTrades(StringBuilder text, StrategyResult result, ReportFormat format, int maxTrades)
    {
        Trading.ClosedTradeStore trades = result.ClosedTradeValues;
        int shown = Math.Min(Math.Max(maxTrades, 0), trades.Count);
        text.AppendLine(shown == trades.Count
            ? $"Trades ({trades.Count} closed)"
            : $"Trades (last {shown} of {trades.Count} closed)");
        if (trades.Count == 0 && result.OpenTrades.Count == 0)
        {
            text.AppendLine("  (none)");
            return;
        }

        var table = new List<string[]> { s_tradeColumns };
        double cumulative = 0;
        for (int i = 0; i < trades.Count; i++)
        {
            cumulative += trades.ProfitAt(i); // From the kept values: only the trades shown become objects.
            if (i >= trades.Count - shown)
            {
                table.Add(TradeRow(trades[i], format, format.Money(cumulative)));
            }
        }

        foreach (Trade open in result.OpenTrades)
        {
            table.Add(TradeRow(open, format, "(open)"));
        }

        // Numbers right-aligned, words left-aligned, as a reader scans them.
        WriteTable(text, table, column => column is 0 or 4 or 7 or 8 or 9 or 10);
    }

    private static string[] TradeRow(Trade trade, ReportFormat format, string cumulative) =>
    [
        trade.Number.ToString(CultureInfo.InvariantCulture),
        trade.Direction == Direction.Long ? "long" : "short",
        format.Time(trade.EntryTime),
        trade.EntrySignal,
        format.Price(trade.EntryPrice),
        // An open trade's row shows its mark under the "Open" signal, as the Strategy Tester lists it.
        format.Time(trade.IsOpen ? trade.MarkTime : trade.ExitTime),
        trade.ExitSignal,
        format.Price(trade.IsOpen ? trade.MarkPrice : trade.ExitPrice),
        ReportFormat.Number(trade.Quantity),
        format.Money(trade.Profit),
        cumulative,
    ];

    private static void WriteTable(StringBuilder text, List<string[]> rows, Func<int, bool> numeric)
    {
        int[] widths = new int[rows[0].Length];
        foreach (string[] row in rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (string[] row in rows)
        {
            text.Append(' ');
            for (int c = 0; c < row.Length; c++)
            {
                text.Append(' ').Append(numeric(c) ? row[c].PadLeft(widths[c]) : row[c].PadRight(widths[c]));
            }

            text.AppendLine();
        }
    }

    private static void Row(StringBuilder text, string label, string value) =>
        text.Append("  ").Append(label.PadRight(24)).AppendLine(value);

    private static string DescribeTimeframe(TimeSpan timeframe) => timeframe switch
    {
        { TotalDays: >= 1 } when timeframe.TotalDays % 1 == 0 => $"{timeframe.TotalDays:0}d",
        { TotalHours: >= 1 } when timeframe.TotalHours % 1 == 0 => $"{timeframe.TotalHours:0}h",
        { TotalMinutes: >= 1 } when timeframe.TotalMinutes % 1 == 0 => $"{timeframe.TotalMinutes:0}m",
        _ => $"{timeframe.TotalSeconds:0.###}s",
    };
}
