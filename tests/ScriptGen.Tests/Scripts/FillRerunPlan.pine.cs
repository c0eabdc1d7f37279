using ScriptGen;
using ScriptGen.Namespaces;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// A strategy with <c>CalcOnOrderFills</c> whose orders come from the test, recording what every run
/// of the body saw: the re-runs after fills as well as the bar's ordinary run. Its rolled-back state
/// (a plain field, a series, a <c>ta</c> call) shows whether each run starts from the bar's start.
/// </summary>
[Strategy("Fill rerun plan", CalcOnOrderFills = true)]
public partial class FillRerunPlan
{
    /// <summary>Called on every run with the bar index, the run's number on its bar (0 first) and <c>strategy</c>.</summary>
    [Varip] public Action<int, int, PineStrategy>? OnRun { get; set; }

    /// <summary>Every run, in order.</summary>
    [Varip] public List<RunView> Runs { get; } = new();

    [Varip] private int _lastBar = -1;
    [Varip] private int _runOnBar;

    private int _runsCounted;                  // rolled back: counts one run per bar, bar_index + 1 in every run
    private readonly Series<double> _count = new(); // rolled back: bar_index + 1 in every run (nz(count[1]) + 1)

    protected override void Process()
    {
        _runOnBar = bar_index == _lastBar ? _runOnBar + 1 : 0;
        _lastBar = bar_index;
        _runsCounted++;
        _count.Value = nz(_count[1]) + 1;
        double average = ta.Sma(close, 2);
        OnRun?.Invoke(bar_index, _runOnBar, strategy);
        Runs.Add(new RunView(bar_index, _runOnBar, _runsCounted, _count.Value, average, strategy.PositionSize, strategy.OpenProfit, strategy.Equity));
        if (_runOnBar > 0 && strategy.PositionSize > 0)
        {
            chart.Plot(_runOnBar, "Later run, long"); // What a discarded run plotted must not stay on the bar.
            chart.PlotShape(true, "Later run, long");  // nor what it drew otherwise
            chart.BgColor(color.Red, "Later run, long");
        }
    }
}

/// <summary>What one run of <see cref="FillRerunPlan"/> saw.</summary>
public sealed record RunView(int Bar, int Run, int RunsCounted, double Count, double Sma2, double PositionSize, double OpenProfit, double Equity);
