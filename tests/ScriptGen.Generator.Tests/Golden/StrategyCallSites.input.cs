using ScriptGen;

namespace Golden;

// Which strategy.Exit, strategy.Cancel and strategy.CancelAll calls the inline loop makes through StrategyCalls, with a field
// of their own (arguments that never change: constants, inputs, parameters left to their defaults, the language's operators
// on them) and which it leaves as written (an argument read on the bar, from the position or from a field).
[Strategy("Strategy call sites", Pyramiding = 2)]
public partial class StrategyCallSites
{
    private const int Spread = 5;

    [Input("Profit (ticks)", MinValue = 1)] public int ProfitTicks { get; init; } = 150;
    [Input("Loss (ticks)", MinValue = 1)] public int LossTicks { get; init; } = 100;
    [Input("Wide")] public bool Wide { get; init; } = false;

    private int _setupLoss;
    private int _adaptiveLoss;
    private double _trailOffset = 20;
    private string _lastEntry = "Long";

    protected override void Setup()
    {
        _setupLoss = input.Int(50, "Setup loss");       // set here only: an input on every bar
        _adaptiveLoss = input.Int(60, "Adaptive loss"); // also written in Process: not an input there
    }

    protected override void Process()
    {
        if (ta.Crossover(close, ta.Sma(close, 20)))
        {
            strategy.Entry("Long", Direction.Long);
            _adaptiveLoss += 1;
        }

        // Constants, inputs and defaults: through the call site's field.
        strategy.Exit("Bracket", "Long", profit: ProfitTicks, loss: LossTicks, comment: "TP/SL");
        // The language's operators and a conditional on them, an input set in Setup(), and this.strategy.
        this.strategy.Exit("Wide", "Long", profit: ProfitTicks * 2 + Spread, loss: Wide ? _setupLoss : LossTicks / 2.0, commentProfit: "Wide " + "TP");

        // Read on the bar: left as written.
        strategy.Exit("AtPrice", "Long", limit: close * 1.01);
        strategy.Exit("FromPosition", "Long", stop: strategy.PositionAvgPrice - 0.001);
        strategy.Exit("FromField", "Long", trailPoints: ProfitTicks, trailOffset: _trailOffset);
        strategy.Exit("Adaptive", "Long", loss: _adaptiveLoss);
        _trailOffset += 1;

        // A constant id, in a condition or not, and cancel-all: through the call site's field. An id from a field: as written.
        strategy.Cancel("Pending");
        if (bar_index % 10 == 0)
        {
            strategy.Cancel("Long");
            strategy.CancelAll();
        }

        strategy.Cancel(_lastEntry);
    }
}
