namespace ScriptGen.Reports.Html;

/// <summary>What one report is drawn from: the run, its symbol, number formats and candles.</summary>
internal sealed class ReportModel
{
    public ReportModel(IndicatorResult result, HtmlReportOptions options)
    {
        Result = result;
        Symbol = options.Symbol ?? (result as StrategyResult)?.Symbol ?? SymbolInfo.Default;
        Numbers = new ReportNumbers(Symbol, TypicalQuantity(result));
        Buckets = CandleBuckets.For(result.Bars.Count, options.MaxCandles);
        Title = options.Title ?? result.Script.Title;
    }

    public IndicatorResult Result { get; }

    public SymbolInfo Symbol { get; }

    public ReportNumbers Numbers { get; }

    public CandleBuckets Buckets { get; }

    public string Title { get; }

    /// <summary>The quantity money precision is chosen for, as in the text report: the fixed default, else the first trade's.</summary>
    private static double TypicalQuantity(IndicatorResult result)
    {
        if (result is not StrategyResult strategy)
        {
            return 1;
        }

        if (strategy.Settings.DefaultQuantityType == QuantityType.Fixed)
        {
            return strategy.Settings.DefaultQuantity;
        }

        return strategy.ClosedTrades.Count > 0 ? strategy.ClosedTrades[0].Quantity
            : strategy.OpenTrades.Count > 0 ? strategy.OpenTrades[0].Quantity : 1;
    }
}
