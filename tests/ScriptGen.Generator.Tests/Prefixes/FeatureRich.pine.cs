using System.Collections.Generic;
using ScriptGen;

namespace Prefixes.FeatureRich;

/// <summary>An indicator with every kind of input, a series, a helper holding a call site and plots to import.</summary>
[Indicator("Bands", Overlay = true, MaxBarsBack = 300)]
public partial class Bands
{
    [Input("Length", MinValue = 2, MaxValue = 200, Step = 1, Tooltip = "Bars in the average", Group = "Shape")] public int Length { get; init; } = 20;
    [Input("Width")] public double Width { get; init; } = 2.0;
    [Input("Show basis")] public bool ShowBasis = true;
    [Input("Label")] public string Label { get; set; } = "bands";

    private int _smoothing;
    private double _scale;

    /// <summary>The distance between the bands, for importers.</summary>
    public Series<double> Spread { get; } = new();

    private readonly Series<double> _basis = new();

    protected override void Setup()
    {
        _smoothing = input.Int(3, "Smoothing", minValue: 1, maxValue: 10);
        _scale = input.Float(1.5, "Scale", tooltip: "Multiplier");
    }

    private double Smooth(double value) => ta.Ema(value, _smoothing);

    protected override void Process()
    {
        _basis.Value = ta.Sma(close, Length);
        double deviation = ta.Stdev(close, Length) * Width * _scale;
        var (middle, upper, lower) = ta.Bb(close, Length, Width);
        Spread.Value = Smooth(upper - lower);
        double volumeSum = math.Sum(volume, Length);
        double widest = 0;
        for (int back = 0; back < 3; back++)
        {
            widest = math.Max(widest, math.Abs(close[back] - open[back]));
        }

        chart.Plot(_basis.Value + deviation, "Upper band", color.Teal);
        chart.Plot(_basis.Value - deviation, "Lower band", color.Orange);
        chart.Plot(middle + volumeSum * 0 + widest * 0, "Basis");
    }
}

/// <summary>A strategy with every setting, rollback state of every kind, imports and orders.</summary>
[Strategy(
    "Band Breakout",
    Overlay = true,
    InitialCapital = 50_000,
    DefaultQuantityType = QuantityType.PercentOfEquity,
    DefaultQuantity = 10,
    Pyramiding = 2,
    CommissionType = CommissionType.Percent,
    CommissionValue = 0.1,
    Slippage = 1,
    CalcOnOrderFills = true,
    CloseEntriesRule = CloseEntriesRule.Any,
    MarginLong = 25,
    MarginShort = 25,
    RiskFreeRate = 2,
    BacktestFillLimitsAssumption = 1)]
public partial class BandBreakout
{
    [Input("Stop ticks", MinValue = 1)] public int StopTicks { get; init; } = 50;

    // Set once in Setup(): nothing for a re-run after a fill to roll back.
    [Varip] private Bands _bands = null!;
    [Varip] private Bands _wide = null!;
    private double _lastEntry = double.NaN;
    private string _signal = "";
    private int Trades { get; set; }
    private Color? _tint;
    [Varip] private int _runs;
    [Varip] private readonly List<double> _fills = new();

    protected override void Setup()
    {
        _bands = Import(new Bands.Inputs { Length = 10, Width = 1.5 });
        _wide = Import<Bands>();
    }

    protected override void Process()
    {
        _runs++;
        double fast = ta.Ema(close, 9);
        bool up = ta.Crossover(close, _bands.Plots.UpperBand[1]);
        bool down = ta.Crossunder(close, _wide.Plots.LowerBand);
        if (up && _bands.Spread.Value > 0)
        {
            strategy.Entry("Long", Direction.Long);
            _signal = "up";
            _tint = color.Green;
        }
        else if (down)
        {
            strategy.Entry("Short", Direction.Short);
        }

        if (strategy.PositionSize != 0 && strategy.PositionAvgPrice != _lastEntry)
        {
            _lastEntry = strategy.PositionAvgPrice;
            _fills.Add(_lastEntry);
            Trades++;
            strategy.Exit("Stop", "Long", loss: StopTicks);
        }

        chart.Plot(fast, "Fast");
    }
}
