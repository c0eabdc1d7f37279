namespace ScriptGen;

/// <summary>One run of a sweep: its inputs, the symbol it ran on and its performance summary.</summary>
/// <typeparam name="TInputs">The script's generated inputs record.</typeparam>
public sealed class SweepRun<TInputs>
{
    internal SweepRun(int index, int gridIndex, int symbolIndex, string ticker, TInputs inputs, PerformanceSummary summary)
    {
        Index = index;
        GridIndex = gridIndex;
        SymbolIndex = symbolIndex;
        Ticker = ticker;
        Inputs = inputs;
        Summary = summary;
    }

    /// <summary>The run's place in the sweep: symbol by symbol, and within a symbol in grid order.</summary>
    public int Index { get; }

    /// <summary>The place of <see cref="Inputs"/> in the grid.</summary>
    public int GridIndex { get; }

    /// <summary>The place of the run's symbol in the sweep's symbols.</summary>
    internal int SymbolIndex { get; }

    /// <summary>The ticker of the symbol the run traded.</summary>
    public string Ticker { get; }

    /// <summary>The inputs the run used.</summary>
    public TInputs Inputs { get; }

    /// <summary>The run's performance summary: every figure a full run gives.</summary>
    public PerformanceSummary Summary { get; }

    /// <summary>The run's place in the ranking, 1 for the best.</summary>
    public int Rank { get; internal set; }

    /// <summary>The full result (trades, equity curve, plots) for the <see cref="SweepOptions.KeepTop"/> best runs; <c>null</c> for the others.</summary>
    public StrategyResult? Result { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"#{Rank} {Ticker} {Inputs}: net profit {Summary.NetProfit}";
}
