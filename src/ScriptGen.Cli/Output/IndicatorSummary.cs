using System.Globalization;

namespace ScriptGen.Cli.Output;

/// <summary>What a backtest prints for an indicator: what ran on what, and each plot's value on the last bar (or its last value before).</summary>
internal static class IndicatorSummary
{
    public static void Write(Terminal terminal, IndicatorResult result, SymbolInfo symbol)
    {
        TextWriter text = terminal.Output;
        Bars bars = result.Bars;
        TimeZoneInfo zone = symbol.GetTimeZone();
        text.WriteLine($"{result.Script.Title} ({result.Script.TypeName})");
        text.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {symbol.Ticker}: {bars.Count:N0} bars of {Timeframe(bars.Timeframe)}, {Time(bars.Time[0], zone)} to {Time(bars.Time[^1], zone)} ({symbol.TimeZone})"));
        text.WriteLine();
        if (result.Plots.Count == 0)
        {
            text.WriteLine("The indicator has no plots.");
            return;
        }

        text.WriteLine($"Plots (last bar, {Time(bars.Time[^1], zone)})");
        int width = result.Plots.Max(p => p.Title.Length);
        foreach (PlotResult plot in result.Plots)
        {
            text.WriteLine($"  {plot.Title.PadRight(width)}  {LastValue(plot, bars, zone)}");
        }
    }

    private static string LastValue(PlotResult plot, Bars bars, TimeZoneInfo zone)
    {
        ReadOnlySpan<double> values = plot.Values.Span;
        for (int bar = values.Length - 1; bar >= 0; bar--)
        {
            if (!double.IsNaN(values[bar]))
            {
                string value = Math.Round(values[bar], 6).ToString("0.######", CultureInfo.InvariantCulture);
                return bar == values.Length - 1 ? value : $"na (last {value} at {Time(bars.Time[bar], zone)})";
            }
        }

        return "na";
    }

    private static string Time(long unixMilliseconds, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    internal static string Timeframe(TimeSpan timeframe) => timeframe switch
    {
        { TotalDays: >= 1 } when timeframe.TotalDays % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{timeframe.TotalDays:0}d"),
        { TotalHours: >= 1 } when timeframe.TotalHours % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{timeframe.TotalHours:0}h"),
        { TotalMinutes: >= 1 } when timeframe.TotalMinutes % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{timeframe.TotalMinutes:0}m"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{timeframe.TotalSeconds:0.###}s"),
    };
}
