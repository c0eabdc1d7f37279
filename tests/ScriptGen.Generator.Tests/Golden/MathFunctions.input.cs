using ScriptGen;

namespace Tests.Scripts;

/// <summary>
/// Pine's math namespace: math.Sum keeps a window per call site (intercepted, one state field each);
/// the plain functions keep nothing, so they are not intercepted and may run in a loop or a helper.
/// </summary>
[Indicator("Math functions")]
public partial class MathFunctions
{
    [Input("Length", MinValue = 1)] public int Length { get; init; } = 10;

    double Spread(double a, double b) => math.Abs(a - b);

    protected override void Process()
    {
        double volumeSum = math.Sum(volume, Length);
        double rangeSum = math.Sum(high - low, Length);

        double widest = 0;
        for (int back = 0; back < 3; back++)
        {
            widest = math.Max(widest, math.Abs(close[back] - open[back]));
        }

        chart.Plot(volumeSum, "Volume sum");
        chart.Plot(rangeSum / Length, "Average range");
        chart.Plot(math.RoundToMintick(widest), "Widest body");
        chart.Plot(math.Round(Spread(high, low) * 1e4, 1) + math.Avg(open, high, low, close), "Plain");
    }
}
