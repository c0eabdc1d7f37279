using System.Globalization;
using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>
/// <c>Alert</c> and <c>AlertCondition</c>: the bars they fire on (checked against TradingView's own crosses in
/// cross.csv), Pine's frequencies (the Pine reference: <c>alert.freq_once_per_bar</c> lets the first call of a bar fire,
/// <c>freq_once_per_bar_close</c> only the bar's closing execution, <c>freq_all</c> every call), and TradingView's
/// alert placeholders (its help page "How to use a variable value in alert": <c>{{time}}</c> is the bar's UTC time as
/// <c>yyyy-MM-ddTHH:mm:ssZ</c>, values are fixed-point numbers, <c>{{plot_0}}</c> is the first plot).
/// </summary>
public sealed class AlertTests
{
    private static readonly RunOptions s_eurusd = new() { Symbol = new SymbolInfo { Ticker = "EURUSD", MinTick = 0.00001 } };

    [Fact]
    public void Alerts_fire_on_the_bars_TradingView_crossed()
    {
        TaReference reference = TaReference.Load("cross.csv");
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(AlertProbe.Create(), reference.Bars, s_eurusd);

        int[] crossedUp = Rows(reference, "ta.crossover(ema1, ema2)", 1);
        int[] crossedDown = Rows(reference, "ta.crossunder(ema1, ema2)", -1);
        Assert.NotEmpty(crossedUp);
        Assert.NotEmpty(crossedDown);
        Assert.Equal(crossedUp, result.Alerts.Where(a => a.Source == AlertSource.Alert).Select(a => a.Bar));
        Assert.Equal(crossedDown, result.Alerts.Where(a => a.Source == AlertSource.AlertCondition).Select(a => a.Bar));
        Assert.All(result.Alerts, a => Assert.Equal(reference.Bars.Time[a.Bar], a.Time));
        Assert.Equal(result.Alerts.OrderBy(a => a.Bar).Select(a => a.Bar), result.Alerts.Select(a => a.Bar)); // in the order they fired
    }

    [Fact]
    public void An_alert_call_keeps_its_message_and_has_no_title()
    {
        TaReference reference = TaReference.Load("cross.csv");
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(AlertProbe.Create(), reference.Bars, s_eurusd);

        AlertEvent up = result.Alerts.First(a => a.Source == AlertSource.Alert);
        string close = reference.Csv.Text("close")[up.Bar];
        Assert.Equal(new AlertEvent(up.Bar, up.Time, AlertSource.Alert, null, "crossed up at " + close, AlertFrequency.OncePerBar), up);
    }

    [Fact]
    public void A_condition_message_gets_the_bar_values_and_plots_TradingView_placeholders_name()
    {
        TaReference reference = TaReference.Load("cross.csv");
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(AlertProbe.Create(), reference.Bars, s_eurusd);

        AlertEvent down = result.Alerts.First(a => a.Source == AlertSource.AlertCondition);
        string close = reference.Csv.Text("close")[down.Bar];
        string time = DateTimeOffset.FromUnixTimeSeconds(long.Parse(reference.Csv.Text("time")[down.Bar], CultureInfo.InvariantCulture))
            .UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Assert.Equal("Cross down", down.Title);
        string prefix = $"EURUSD crossed down: close {close} at {time}, fast ";
        Assert.StartsWith(prefix, down.Message);

        // The plots, by index and by title: fixed-point numbers equal to the bar's plotted values.
        string[] rest = down.Message[prefix.Length..].Split(", slow ");
        string slowText = rest[1][..rest[1].IndexOf(',', StringComparison.Ordinal)];
        Assert.DoesNotContain("E", rest[0] + slowText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(result.GetPlot("fast").Values.Span[down.Bar], double.Parse(rest[0], CultureInfo.InvariantCulture), 10);
        Assert.Equal(result.GetPlot("slow").Values.Span[down.Bar], double.Parse(slowText, CultureInfo.InvariantCulture), 10);

        // A placeholder the run cannot fill stays as written rather than vanishing.
        Assert.EndsWith(", {{exchange}} unknown", down.Message);
    }

    [Theory]
    [InlineData(AlertFrequency.OncePerBar, new[] { "loop 0", "second site" })]
    [InlineData(AlertFrequency.OncePerBarClose, new[] { "loop 0", "second site" })]
    [InlineData(AlertFrequency.All, new[] { "loop 0", "loop 1", "loop 2", "second site" })]
    public void Each_call_site_fires_as_its_frequency_allows(AlertFrequency frequency, string[] perBar)
    {
        Bars bars = TestBars.Closes(1, 2, 3);

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(
            AlertFrequencyProbe.Create(new AlertFrequencyProbe.Inputs { Frequency = (int)frequency }), bars);

        Assert.Equal(
            Enumerable.Range(0, 3).SelectMany(bar => perBar.Select(message => (bar, message))),
            result.Alerts.Select(a => (a.Bar, a.Message)));
        Assert.All(result.Alerts, a => Assert.Equal(frequency, a.Frequency));
    }

    [Fact]
    public void After_a_fill_once_a_bar_fires_from_the_re_run_and_once_at_close_waits_for_the_close()
    {
        Bars bars = TestBars.Closes(10, 11, 12);

        StrategyResult result = new RuntimeEnvironment().RunStrategy(AlertRerunProbe.Create(), bars);

        // Bar 1 runs twice: after the entry fills at its open (position 1), then at its close.
        Assert.Equal(
            [
                (0, "once 0"), (0, "close 0"), (0, "all 0"),
                (1, "once 1"), (1, "all 1"), (1, "close 1"), (1, "all 1"),
                (2, "once 1"), (2, "close 1"), (2, "all 1"),
            ],
            result.Alerts.Select(a => (a.Bar, a.Message)));
    }

    [Fact]
    public void An_imported_indicator_fires_no_alerts_of_its_own_into_the_result()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(AlertImporterProbe.Create(), TestBars.Closes(1, 2, 3));

        Assert.Empty(result.Alerts);
    }

    private static int[] Rows(TaReference reference, string column, double value) =>
        reference.Csv.Numbers(column).Select((v, row) => (v, row)).Where(p => p.v == value).Select(p => p.row).ToArray();
}
