using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// The own-bar indicator imported on intrabars (Pine's <c>request.security_lower_tf</c>): per chart bar, how many intrabars
/// it has and what they add up to, so a test can set them beside the chart bar itself.
/// </summary>
[Indicator("intrabars probe")]
public partial class IntrabarsProbe
{
    [Input("Timeframe")] public string Period { get; init; } = "5";

    [Input("Symbol")] public string Ticker { get; init; } = "";

    OwnBar _intrabars = null!;

    protected override void Setup() => _intrabars = ImportIntrabars<OwnBar>(Period, Ticker.Length == 0 ? null : Ticker);

    protected override void Process()
    {
        ReadOnlySpan<double> opens = _intrabars.Plots.Open.Intrabars;
        ReadOnlySpan<double> highs = _intrabars.Plots.High.Intrabars;
        ReadOnlySpan<double> lows = _intrabars.Plots.Low.Intrabars;
        ReadOnlySpan<double> closes = _intrabars.Plots.Close.Intrabars;
        ReadOnlySpan<double> times = _intrabars.Plots.Time.Intrabars;
        chart.Plot(times.Length, "count");
        chart.Plot(times.Length == 0 ? double.NaN : opens[0], "first open");
        chart.Plot(Spans.Max(highs), "highest high");
        chart.Plot(Spans.Min(lows), "lowest low");
        chart.Plot(times.Length == 0 ? double.NaN : closes[^1], "last close");
        chart.Plot(times.Length == 0 ? double.NaN : times[0], "first time");
        chart.Plot(times.Length == 0 ? double.NaN : times[^1], "last time");
        chart.Plot(_intrabars.Plots.Close, "close of the last intrabar");
        chart.Plot(_intrabars.Plots.Ema3.Intrabars.Length == 0 ? double.NaN : _intrabars.Plots.Ema3.Intrabars[^1], "ema3 of the last intrabar");
    }
}

/// <summary>Reads a plot of an indicator imported once per bar as intrabars: refused at run time.</summary>
[Indicator("intrabars of a plain import")]
public partial class IntrabarsOfPlainImport
{
    OwnBar _daily = null!;

    protected override void Setup() => _daily = Import<OwnBar>(timeframe: "D");

    protected override void Process() => chart.Plot(_daily.Plots.Close.Intrabars.Length, "count");
}

/// <summary>The highest and lowest of a span, na when it is empty (Pine's <c>array.max</c>/<c>array.min</c>).</summary>
internal static class Spans
{
    public static double Max(ReadOnlySpan<double> values)
    {
        double max = double.NaN;
        foreach (double value in values)
        {
            max = double.IsNaN(max) || value > max ? value : max;
        }

        return max;
    }

    public static double Min(ReadOnlySpan<double> values)
    {
        double min = double.NaN;
        foreach (double value in values)
        {
            min = double.IsNaN(min) || value < min ? value : min;
        }

        return min;
    }
}
