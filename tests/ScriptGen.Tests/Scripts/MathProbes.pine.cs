using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>The math namespace through the whole pipeline: a stateful call site and plain calls, one in a loop.</summary>
[Indicator("math probe")]
public partial class MathProbe
{
    protected override void Process()
    {
        double largestMove = 0;
        for (int back = 1; back <= 2; back++)
        {
            largestMove = math.Max(largestMove, math.Abs(close - close[back]));
        }

        chart.Plot(math.Sum(close, 2), "sum");
        chart.Plot(math.Sum(bar_index % 3 == 2 ? close : double.NaN, 2), "sum of every third");
        chart.Plot(largestMove, "largest move");
        chart.Plot(math.RoundToMintick(close / 3), "third to tick");
    }
}
