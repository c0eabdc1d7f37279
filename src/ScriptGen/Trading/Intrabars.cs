using System.Globalization;
using ScriptGen.Trading.Models;

namespace ScriptGen.Trading;

/// <summary>
/// The bar magnifier's lower-timeframe bars (<see cref="RunOptions.MagnifierBars"/>), checked and mapped once per run
/// onto the chart bars they lie in, so the path walk finds a bar's intrabars by two array reads (docs/strategy.md "The bar
/// magnifier"). A chart bar spans from its open time up to the next bar's open time, and no further than one chart
/// timeframe from its own; each magnifier bar must lie inside one (by its open time) and trade within its high and low.
/// A chart bar may have any number of them, none included.
/// </summary>
internal sealed class Intrabars
{
    private readonly ReadOnlyMemory<long> _time;
    private readonly ReadOnlyMemory<double> _open;
    private readonly ReadOnlyMemory<double> _high;
    private readonly ReadOnlyMemory<double> _low;
    private readonly ReadOnlyMemory<double> _close;
    private readonly ReadOnlyMemory<double> _volume;
    private readonly bool _hasVolume;

    // Chart bar i's intrabars are [_first[i], _first[i + 1]).
    private readonly int[] _first;

    private Intrabars(Bars bars, int[] first)
    {
        _time = bars.TimeMemory;
        _open = bars.OpenMemory;
        _high = bars.HighMemory;
        _low = bars.LowMemory;
        _close = bars.CloseMemory;
        _volume = bars.VolumeMemory;
        _hasVolume = bars.HasVolume;
        _first = first;
    }

    /// <summary>The index of chart bar <paramref name="bar"/>'s first intrabar.</summary>
    public int FirstOf(int bar) => _first[bar];

    /// <summary>One past the index of chart bar <paramref name="bar"/>'s last intrabar (equal to <see cref="FirstOf"/>: none).</summary>
    public int EndOf(int bar) => _first[bar + 1];

    /// <summary>
    /// Intrabar <paramref name="index"/> as the fill model sees it: its own time and prices; the chart bar's index, tick size
    /// and point value (<paramref name="chartBar"/>: fills are the chart bar's).
    /// </summary>
    public FillBar Bar(int index, in FillBar chartBar) =>
        new(chartBar.Index, _time.Span[index], _open.Span[index], _high.Span[index], _low.Span[index], _close.Span[index], chartBar.MinTick)
        {
            Volume = _hasVolume ? _volume.Span[index] : double.NaN,
            PointValue = chartBar.PointValue,
        };

    /// <summary>Checks <paramref name="lower"/> against the chart's bars and maps each onto the chart bar it lies in.</summary>
    /// <exception cref="BarDataException">
    /// The magnifier bars' timeframe is not lower than the chart's; a magnifier bar lies outside every chart bar; a magnifier bar
    /// trades above its chart bar's high or below its low (by more than half a tick).
    /// </exception>
    public static Intrabars Map(Bars chart, Bars lower, double minTick)
    {
        RequireLowerTimeframe(chart, lower);
        ReadOnlySpan<long> chartTime = chart.Time;
        ReadOnlySpan<long> time = lower.Time;
        int count = chart.Count;
        var first = new int[count + 1];
        double tolerance = minTick / 2;
        int k = 0;
        for (int i = 0; i < count; i++)
        {
            if (k < time.Length && time[k] < chartTime[i])
            {
                throw Outside(chart, lower, k, i); // In the gap after bar i - 1 ended, or before the first bar.
            }

            first[i] = k;
            long end = SpanEnd(chart, i);
            for (; k < time.Length && time[k] < end; k++)
            {
                RequireWithinRange(chart, lower, i, k, tolerance);
            }
        }

        if (k < time.Length)
        {
            throw Outside(chart, lower, k, count);
        }

        first[count] = time.Length;
        return new Intrabars(lower, first);
    }

    /// <summary>Where chart bar <paramref name="bar"/> ends: the next bar's open time, at most one chart timeframe after its own.</summary>
    private static long SpanEnd(Bars chart, int bar)
    {
        long open = chart.Time[bar];
        long next = bar + 1 < chart.Count ? chart.Time[bar + 1] : long.MaxValue;
        long own = chart.Period switch
        {
            { Unit: TimeframeUnit.Months } period =>
                DateTimeOffset.FromUnixTimeMilliseconds(open).AddMonths(period.Multiplier).ToUnixTimeMilliseconds(),
            { } period => open + period.InSeconds * 1000,
            null => long.MaxValue, // A single chart bar of no known timeframe: it takes every magnifier bar from its open on.
        };
        return Math.Min(next, own);
    }

    private static void RequireLowerTimeframe(Bars chart, Bars lower)
    {
        double chartSeconds = Seconds(chart);
        double lowerSeconds = Seconds(lower);
        if (chartSeconds > 0 && lowerSeconds > 0 && lowerSeconds >= chartSeconds)
        {
            throw new BarDataException(
                $"The magnifier bars' timeframe ({Describe(lower)}) is not lower than the chart bars' ({Describe(chart)}): the bar magnifier " +
                "walks the bars inside each chart bar, so they must be of a lower timeframe (TradingView magnifies a daily chart with " +
                "60-minute bars and a 60-minute chart with 1-minute bars).",
                source: lower.Source);
        }
    }

    /// <summary>A timeframe's length: the Pine period's when known (a month as TradingView counts it), else the bars' interval; 0 when neither is.</summary>
    private static double Seconds(Bars bars) => bars.Period is { } period ? period.InSeconds : bars.Timeframe.TotalSeconds;

    private static string Describe(Bars bars) =>
        bars.Period is { } period ? $"'{period.Period}'" : string.Create(CultureInfo.InvariantCulture, $"{bars.Timeframe.TotalSeconds:N0} s");

    private static BarDataException Outside(Bars chart, Bars lower, int index, int next)
    {
        string where = next == 0 ? $"before the first chart bar ({Time(chart, 0)})"
            : next == chart.Count ? $"after the last chart bar ({Time(chart, next - 1)}), which ends at {Bars.FormatTime(SpanEnd(chart, next - 1))}"
            : $"between chart bar {next - 1} ({Time(chart, next - 1)}), which ends at {Bars.FormatTime(SpanEnd(chart, next - 1))}, " +
              $"and chart bar {next} ({Time(chart, next)})";
        long last = SpanEnd(chart, chart.Count - 1);
        return new BarDataException(
            $"Magnifier bar {index} ({Time(lower, index)}) lies {where}: every magnifier bar must lie inside a chart bar, from its open time " +
            $"up to the next chart bar's and no further than one chart timeframe ({Describe(chart)}) from its own. Pass magnifier bars of " +
            $"the chart's symbol and sessions, within the chart's range (from {Time(chart, 0)}" +
            (last == long.MaxValue ? ")." : $" to {Bars.FormatTime(last)})."),
            "time",
            source: lower.Source);
    }

    private static void RequireWithinRange(Bars chart, Bars lower, int bar, int index, double tolerance)
    {
        double high = lower.High[index];
        double low = lower.Low[index];
        bool above = high > chart.High[bar] + tolerance;
        if (above || low < chart.Low[bar] - tolerance)
        {
            string column = above ? "high" : "low";
            string value = (above ? high : low).ToString(CultureInfo.InvariantCulture);
            string limit = (above ? chart.High[bar] : chart.Low[bar]).ToString(CultureInfo.InvariantCulture);
            throw new BarDataException(
                $"Magnifier bar {index} ({Time(lower, index)}) has a {column} of {value}, {(above ? "above" : "below")} the {column} {limit} of " +
                $"chart bar {bar} ({Time(chart, bar)}), the bar it lies in: a chart bar's magnifier bars must trade within its high and low. " +
                "Check that both are bars of the same symbol, with the same sessions and time zone.",
                column,
                source: lower.Source);
        }
    }

    private static string Time(Bars bars, int index) => Bars.FormatTime(bars.Time[index]);
}
