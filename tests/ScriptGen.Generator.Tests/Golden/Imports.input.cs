using ScriptGen;

namespace Golden.Imports;

/// <summary>An indicator made to be imported: plots whose titles are not identifiers, and a public series.</summary>
[Indicator("Channel", Overlay = true)]
public partial class Channel
{
    [Input("Length", MinValue = 2)] public int Length { get; init; } = 20;

    /// <summary>The channel's width, for importers.</summary>
    public Series<double> Width { get; } = new();

    protected override void Process()
    {
        double upper = ta.Highest(high, Length);
        double lower = ta.Lowest(low, Length);
        Width.Value = upper - lower;
        chart.Plot(upper, "Upper band");
        chart.Plot(lower, "lower-band");
        chart.Plot((upper + lower) / 2, "50%");
        chart.Plot(upper - lower, "Upper band");
    }
}

/// <summary>A strategy importing the indicator twice, in two forms.</summary>
[Strategy("Channel Breakout")]
public partial class ChannelBreakout
{
    Channel _fast = null!;
    Channel _slow = null!;

    protected override void Setup()
    {
        _fast = Import(new Channel.Inputs { Length = 10 });
        _slow = Import<Channel>();
    }

    protected override void Process()
    {
        // Calls whose arguments read generated members (which the generator itself cannot see) are
        // intercepted all the same, titles and all.
        bool breakout = ta.Crossover(close, _fast.Plots.UpperBand[1]);
        chart.Plot(_slow.Plots.LowerBand, "Slow lower band");
        chart.PlotShape(close < _slow.Plots.LowerBand, "Below");                                     // the bool overload
        chart.PlotShape(_fast.Plots.UpperBand, "Upper", location: ShapeLocation.Absolute);           // the double overload
        if (breakout && _slow.Width.Value > 0 && _fast.InputValues.Length < 20)
        {
            strategy.Entry("Long", Direction.Long);
        }
    }
}
