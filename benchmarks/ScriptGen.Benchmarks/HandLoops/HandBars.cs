namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>The bar columns a reference strategy's hand loop reads: plain arrays, one value per bar.</summary>
internal readonly record struct HandBars(long[] Time, double[] Open, double[] High, double[] Low, double[] Close)
{
    public int Count => Close.Length;
}

/// <summary>
/// What a hand loop knows of the symbol and the strategy's settings. The hand loops model what the reference
/// strategies use: no commission, no slippage, one entry per direction, fills on TradingView's four-point path.
/// </summary>
/// <param name="Tick">The price grid (<c>SymbolInfo.MinTick</c>).</param>
/// <param name="PointValue">Money per point per unit.</param>
/// <param name="QuantityStep">Order sizes are rounded down to it (0: any size).</param>
/// <param name="InitialCapital">Equity before the first trade.</param>
internal readonly record struct HandSymbol(double Tick, double PointValue, double QuantityStep, double InitialCapital)
{
    /// <summary>The path goes to the high first when the open is nearer to it by more than this (docs/strategy.md, rule 3).</summary>
    public double HalfTick => 0.5 * Tick;
}
