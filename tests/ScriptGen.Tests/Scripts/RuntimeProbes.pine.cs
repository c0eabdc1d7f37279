using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>Records close[1], a Series of close, and that series' history, to test history reads.</summary>
[Indicator("history probe", MaxBarsBack = 8)]
public partial class HistoryProbe
{
    readonly Series<double> closes = new();

    /// <summary>How far back the script reads its series (settable so a test can read past MaxBarsBack).</summary>
    public int SeriesOffset { get; set; } = 2;

    protected override void Process()
    {
        closes.Value = close;
        chart.Plot(close[1], "close[1]");
        chart.Plot(closes[SeriesOffset], "closes[n]");
        chart.Plot(hlc3[2], "hlc3[2]");
        chart.Plot(bar_index, "bar_index");
        chart.Plot(na(close[3]) ? 1 : 0, "na(close[3])");
        chart.Plot(nz(close[100], -1), "nz(close[100], -1)");
    }
}

/// <summary>Throws from its own code on a chosen bar, to test where failures are reported.</summary>
[Indicator("failing probe")]
public partial class FailingProbe
{
    /// <summary>The bar to fail on.</summary>
    public int FailOnBar { get; set; } = 5;

    protected override void Process()
    {
        if (bar_index == FailOnBar)
        {
            throw new InvalidOperationException("boom"); // FailingProbe: the throw line
        }
    }
}

/// <summary>Reads a bar value in Setup(), which is too early.</summary>
[Indicator("early read probe")]
public partial class EarlyReadProbe
{
    double first;

    protected override void Setup() => first = close;

    protected override void Process() => chart.Plot(first, "first");
}

/// <summary>Calls ta.Sma with a length that changes between bars.</summary>
[Indicator("changing length probe")]
public partial class ChangingLengthProbe
{
    protected override void Process() => chart.Plot(ta.Sma(close, bar_index < 3 ? 2 : 3), "sma");
}

/// <summary>Plots an EMA, so a registered ta override can be observed through the intercepted call.</summary>
[Indicator("ema probe")]
public partial class EmaProbe
{
    [Input("Length", MinValue = 1)] public int Length { get; init; } = 3;

    [Input("Source label")] public string Label { get; init; } = "close";

    [Input("Scale", MinValue = 0.5, MaxValue = 2)] public double Scale { get; init; } = 1;

    [Input("Enabled")] public bool Enabled { get; init; } = true;

    protected override void Process()
    {
        // Computed on every bar (SG0062), so the average's history is whole whichever way Enabled is set.
        double ema = ta.Ema(close, Length);
        chart.Plot(Enabled ? ema * Scale : double.NaN, "ema");
    }
}

/// <summary>Uses a custom namespace registered with the engine.</summary>
[Indicator("custom namespace probe")]
public partial class CustomNamespaceProbe
{
    Doubler doubler = null!;

    protected override void Setup() => doubler = Namespace<Doubler>("my_utils");

    protected override void Process() => chart.Plot(doubler.Twice(close), "twice close");
}

/// <summary>A user namespace: stateless helpers registered under a name of the user's choosing.</summary>
public sealed class Doubler
{
    public double Twice(double value) => 2 * value;
}

/// <summary>Every input.* form in Setup(), and colors, plotted so a test can read what the script saw.</summary>
[Indicator("setup inputs probe")]
public partial class SetupInputsProbe
{
    int length;
    double factor;
    bool inverted;
    string mode = "";

    protected override void Setup()
    {
        length = input.Int(2, "Length", minValue: 1, maxValue: 10);
        factor = input.Float(1.5, "Factor", step: 0.5);
        inverted = input.Bool(false, "Inverted", tooltip: "Flip the sign");
        mode = input.String("sma", "Mode", group: "Calculation");
    }

    protected override void Process()
    {
        double ema = ta.Ema(close, length);
        double sma = ta.Sma(close, length);
        double average = mode == "ema" ? ema : sma;
        chart.Plot((inverted ? -1 : 1) * factor * average, "value", color.New(color.Teal, 40));
        chart.Plot(length, "length", color.Rgb(1, 2, 3));
    }
}

/// <summary>Two plots with Pine's default title.</summary>
[Indicator("untitled plots probe")]
public partial class UntitledPlotsProbe
{
    protected override void Process()
    {
        chart.Plot(close);
        chart.Plot(open);
    }
}

/// <summary>An EMA, then a failure on a chosen bar: the call site's state must be in its field when the run stops.</summary>
[Indicator("failing ema probe")]
public partial class FailingEmaProbe
{
    /// <summary>The bar to fail on.</summary>
    public int FailOnBar { get; set; } = 5;

    protected override void Process()
    {
        chart.Plot(ta.Ema(close, 3), "EMA");
        if (bar_index == FailOnBar)
        {
            throw new InvalidOperationException("boom");
        }
    }
}

/// <summary>Fails in a helper declared in another file (RuntimeProbeHelpers.cs): the failure names the line that called it.</summary>
[Indicator("failing helper probe")]
public partial class FailingHelperProbe
{
    protected override void Process()
    {
        chart.Plot(close, "close");
        if (bar_index == 4)
        {
            ThrowFromHelper(); // FailingHelperProbe: the call line
        }
    }
}
