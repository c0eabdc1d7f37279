using ScriptGen;

namespace ScriptGen.Benchmarks.Scripts;

/// <summary>
/// The indicator half of the EMA 9/21 cross: both EMAs and both crosses, nothing else (no plots,
/// no orders), so the benchmark measures the <c>ta</c> call path alone. The counts and last values
/// are kept so the run can be checked against the hand loop and nothing is optimized away.
/// </summary>
[Indicator("EMA Cross Signals", Overlay = true)]
public partial class EmaCrossSignals
{
    [Input("Fast length", MinValue = 1, MaxValue = 500)] public int FastLength { get; init; } = 9;
    [Input("Slow length", MinValue = 1, MaxValue = 500)] public int SlowLength { get; init; } = 21;

    /// <summary>How many bars the fast EMA crossed over the slow one.</summary>
    public int Crossovers { get; private set; }

    /// <summary>How many bars the fast EMA crossed under the slow one.</summary>
    public int Crossunders { get; private set; }

    /// <summary>The fast EMA on the last bar.</summary>
    public double LastFast { get; private set; }

    /// <summary>The slow EMA on the last bar.</summary>
    public double LastSlow { get; private set; }

    protected override void Process()
    {
        double fast = ta.Ema(close, FastLength);
        double slow = ta.Ema(close, SlowLength);

        if (ta.Crossover(fast, slow))
        {
            Crossovers++;
        }

        if (ta.Crossunder(fast, slow))
        {
            Crossunders++;
        }

        LastFast = fast;
        LastSlow = slow;
    }
}
