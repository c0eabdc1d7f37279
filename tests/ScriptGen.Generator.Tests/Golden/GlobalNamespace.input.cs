using ScriptGen;

// A script in the global namespace: the generated part and its interceptors must not assume one.
[Strategy("Breakout", Pyramiding = 2, MaxBarsBack = 100)]
public partial class Breakout
{
    [Input] public bool LongOnly { get; set; } = true;
    [Input("Label")] public string Label { get; set; } = "breakout \"box\"";

    protected override void Setup()
    {
        Threshold = input.Float(0.5, "Threshold", step: 0.25);
    }

    double Threshold;

    protected override void Process()
    {
        double top = ta.Highest(20);
        double bottom = ta.Lowest(low, 20);
        if (close > top - Threshold)
        {
            strategy.Entry(Label, Direction.Long);
        }
        else if (!LongOnly && close < bottom + Threshold)
        {
            strategy.Entry(Label + " short", Direction.Short);
        }
    }
}
