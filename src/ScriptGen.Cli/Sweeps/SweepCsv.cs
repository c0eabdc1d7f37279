using System.Globalization;
using System.Text;

namespace ScriptGen.Cli.Sweeps;

/// <summary><c>sweep --csv</c>: one row per run in grid order: its index, the grid inputs, then the figures (na empty).</summary>
internal static class SweepCsv
{
    private static readonly string[] s_figureColumns =
        ["net_profit", "net_profit_percent", "closed_trades", "percent_profitable", "profit_factor", "max_drawdown", "max_drawdown_percent", "sharpe_ratio", "sortino_ratio"];

    public static void Write(string path, SweepGrid grid, IReadOnlyList<SweepRun<IReadOnlyDictionary<string, object?>>> runs)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', grid.Axes.Select(a => Quote(a.Name)).Prepend("run").Concat(s_figureColumns));
        text.Append('\n');
        foreach (SweepRun<IReadOnlyDictionary<string, object?>> run in runs)
        {
            PerformanceSummary s = run.Summary;
            text.Append(run.Index.ToString(CultureInfo.InvariantCulture));
            foreach (string value in grid.ValuesOf(run.GridIndex))
            {
                text.Append(',').Append(Quote(value));
            }

            foreach (double figure in new[] { s.NetProfit, s.NetProfitPercent, s.TotalClosedTrades, s.PercentProfitable, s.ProfitFactor, s.MaxDrawdown, s.MaxDrawdownPercent, s.SharpeRatio, s.SortinoRatio })
            {
                text.Append(',');
                if (double.IsFinite(figure))
                {
                    text.Append(figure.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            text.Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
