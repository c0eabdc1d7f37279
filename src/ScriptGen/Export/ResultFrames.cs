using Microsoft.Data.Analysis;

namespace ScriptGen;

/// <summary>
/// A run's results as <see cref="DataFrame"/>s: trades, the equity curve, plots, everything drawn. Times are UTC
/// <see cref="DateTime"/> columns named <c>time</c> (or <c>entry_time</c>/<c>exit_time</c>); na is NaN.
/// </summary>
public static class ResultFrames
{
    /// <summary>
    /// One row per trade, closed trades first (in order of entry), then those still open after the
    /// last bar. Columns: number, direction (<c>long</c>/<c>short</c>), quantity, entry_id, entry_comment,
    /// entry_signal, entry_bar, entry_time, entry_price, exit_id, exit_comment, exit_signal, exit_bar,
    /// exit_time, exit_price, profit, commission, max_runup, max_drawdown, bars_held, is_open, mark_bar,
    /// mark_time, mark_price. A missing comment or exit id is null. A trade still open has no exit: its
    /// exit_bar, exit_time and exit_price are null, exit_signal is <c>Open</c>, and mark_bar, mark_time and
    /// mark_price say the last bar and close its profit and bars_held are marked to (null for a closed trade).
    /// </summary>
    public static DataFrame TradesToDataFrame(this StrategyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var trades = new List<Trade>(result.ClosedTrades.Count + result.OpenTrades.Count);
        trades.AddRange(result.ClosedTrades);
        trades.AddRange(result.OpenTrades);
        return TradesToDataFrame(trades);
    }

    /// <summary>One row per trade of <paramref name="trades"/>, with the columns of <see cref="TradesToDataFrame(StrategyResult)"/>.</summary>
    public static DataFrame TradesToDataFrame(IReadOnlyList<Trade> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var columns = new DataFrameColumn[TradeTable.Columns.Count];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = TradeTable.Columns[i].Build(trades);
        }

        return new DataFrame(columns);
    }

    /// <summary>
    /// One row per alert the run fired (<see cref="IndicatorResult.Alerts"/>), in order. Columns: bar, time (the bar's
    /// open, UTC), source (<c>alert</c> or <c>alertcondition</c>), title (null for <c>alert</c>), message (a condition's
    /// placeholders filled), frequency (<c>once_per_bar</c>, <c>once_per_bar_close</c>, <c>all</c>).
    /// </summary>
    public static DataFrame AlertsToDataFrame(this IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var columns = new DataFrameColumn[AlertTable.Columns.Count];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = AlertTable.Columns[i].Build(result.Alerts);
        }

        return new DataFrame(columns);
    }

    /// <summary>One row per bar: <c>time</c> (the bar's open, UTC) and <c>equity</c> at its close.</summary>
    /// <exception cref="InvalidOperationException">The run did not record equity (<see cref="RunOptions.RecordEquity"/> was false).</exception>
    public static DataFrame EquityToDataFrame(this StrategyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Equity.Length != result.Bars.Count)
        {
            throw new InvalidOperationException(
                $"Strategy '{result.Script.Title}' ran with RecordEquity = false, so there is no equity curve to export; run it with RecordEquity = true.");
        }

        return new DataFrame(TimeColumn(result.Bars), new DoubleDataFrameColumn("equity", result.Equity.ToArray()));
    }

    /// <summary>
    /// One row per bar: <c>time</c>, then one column per plot named by its title (a title used twice
    /// gets its plot index: <c>title#2</c>); na where the plot call did not run. The plots' colors and the
    /// other drawing calls are in <see cref="ChartToDataFrame"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The run did not record plots (<see cref="RunOptions.RecordPlots"/> was false).</exception>
    public static DataFrame PlotsToDataFrame(this IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var columns = new List<DataFrameColumn> { TimeColumn(result.Bars) };
        var used = new HashSet<string>(StringComparer.Ordinal) { "time" };
        foreach (PlotResult plot in result.Plots)
        {
            if (plot.Values.Length != result.Bars.Count)
            {
                throw NotRecorded(result);
            }

            string name = used.Add(plot.Title) ? plot.Title : $"{plot.Title}#{plot.Index}";
            used.Add(name);
            columns.Add(new DoubleDataFrameColumn(name, plot.Values.ToArray()));
        }

        return new DataFrame(columns);
    }

    /// <summary>
    /// Everything the run drew, one row per bar: <c>time</c>, then, each under its title (a title an earlier element
    /// took gets <c>#2</c>, <c>#3</c>, ...), every plot's value and <c>title.color</c>; every shape's and character's
    /// value (1 or 0 for a condition) and color; every candle's <c>title.open</c>, <c>.high</c>, <c>.low</c>,
    /// <c>.close</c> and <c>.color</c>; every hline's level on each bar; every fill's, background's and bar color's
    /// <c>title.color</c>. Values are doubles, na where the call did not run; colors are text, <c>#RRGGBB</c> or,
    /// with transparency, <c>#RRGGBBAA</c> (alpha = 255 × (100 − transparency) / 100), null where no color was given.
    /// </summary>
    /// <exception cref="InvalidOperationException">The run did not record plots (<see cref="RunOptions.RecordPlots"/> was false).</exception>
    public static DataFrame ChartToDataFrame(this IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!WasRecorded(result))
        {
            throw NotRecorded(result);
        }

        var columns = new List<DataFrameColumn> { TimeColumn(result.Bars) };
        columns.AddRange(ChartTable.Columns(result));
        return new DataFrame(columns);
    }

    private static bool WasRecorded(IndicatorResult result) =>
        result.Plots.All(p => p.Values.Length == result.Bars.Count) && result.Shapes.All(s => s.Values.Length == result.Bars.Count) &&
        result.Candles.All(c => c.Open.Length == result.Bars.Count) && result.Fills.All(f => f.Colors.Length == result.Bars.Count) &&
        result.BarColors.All(b => b.Colors.Length == result.Bars.Count);

    private static InvalidOperationException NotRecorded(IndicatorResult result) => new(
        $"Script '{result.Script.Title}' ran with RecordPlots = false, so there are no plot values to export; run it with RecordPlots = true.");

    private static PrimitiveDataFrameColumn<DateTime> TimeColumn(Bars bars)
    {
        ReadOnlySpan<long> time = bars.Time;
        var values = new DateTime[time.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ResultTimes.ToUtcDateTime(time[i]);
        }

        return new PrimitiveDataFrameColumn<DateTime>("time", values);
    }
}
