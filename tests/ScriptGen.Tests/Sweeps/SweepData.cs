using ScriptGen.Tests.Reference;

namespace ScriptGen.Tests.Sweeps;

/// <summary>What the sweep tests run over: TradingView's EUR/USD hourly export (tests/data/tradingview/strategy/ohlcv.csv), read once.</summary>
internal static class SweepData
{
    public static readonly SymbolInfo EurUsd = new() { Ticker = "EURUSD", MinTick = 0.00001, TimeZone = "America/New_York" };

    private static readonly Lazy<Bars> s_bars = new(() => BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv")));

    public static Bars Bars => s_bars.Value;

    /// <summary>Sweep options over <see cref="EurUsd"/> with lean runs.</summary>
    public static SweepOptions LeanOptions { get; } = new() { Run = new RunOptions { Symbol = EurUsd, RecordPlots = false, RecordEquity = false } };
}
