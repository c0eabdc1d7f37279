using ScriptGen;
using Percent = System.Double;

namespace Tests.Scripts;

using static System.Math;

/// <summary>
/// What the inline bar loop must carry over from Process(): an early return (its own lambda's and local function's
/// returns left alone), named and omitted arguments, a call nested in another's arguments, the file's and the
/// namespace's usings (an alias, a using static), an expression-bodied Process.
/// </summary>
[Strategy("Inline loop")]
public partial class InlineLoop
{
    [Input] public int Length { get; init; } = 14;

    protected override void Process()
    {
        double rsi = ta.Rsi(length: Length, source: close);
        if (double.IsNaN(rsi))
        {
            return;
        }

        System.Func<double, double> half = value => { return value / 2; };
        double Clamp(double value) { return Min(Max(value, 0), 100); }
        if (ta.Crossover(ta.Sma(rsi, 3), half(100)))
        {
            strategy.Entry("Long", Direction.Long);
        }

        Percent clamped = Clamp(rsi);
        chart.Plot(clamped, color: color.Blue);
    }
}

[Indicator("Expression body")]
public partial class ExpressionBody
{
    protected override void Process() => chart.Plot(ta.Ema(close, 9), "EMA");
}
