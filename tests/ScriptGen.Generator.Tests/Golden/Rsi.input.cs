using ScriptGen;

namespace ScriptGen.Samples.Scripts;

/// <summary>Pine's built-in "Relative Strength Index" indicator: the RSI of a source, with its bands.</summary>
[Indicator("Relative Strength Index")]
public partial class Rsi
{
    int Length;
    double Overbought;
    double Oversold;

    protected override void Setup()
    {
        // Pine-style inputs: each names the member it sets.
        Length = input.Int(14, "RSI length", minValue: 1);
        Overbought = input.Float(70, "Overbought", minValue: 0, maxValue: 100);
        Oversold = input.Float(30, "Oversold", minValue: 0, maxValue: 100);
    }

    protected override void Process()
    {
        chart.Plot(ta.Rsi(close, Length), "RSI", color.Purple);
        chart.Plot(Overbought, "Overbought", color.Gray);
        chart.Plot(Oversold, "Oversold", color.Gray);
    }
}
