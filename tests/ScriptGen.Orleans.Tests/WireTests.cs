using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using ScriptGen.Orleans.Wire;
using ScriptGen.Samples.Scripts;
using Xunit.Abstractions;

namespace ScriptGen.Orleans.Tests;

/// <summary>
/// What crosses the wire: every field of the runtime's records has its place in the surrogate Orleans serializes (a
/// field added to a record and not to its surrogate would be lost between silo and client), values survive the trip
/// bit for bit, and a run costs the wire its inputs and its summary, not its bars.
/// </summary>
public sealed class WireTests(ITestOutputHelper output)
{
    private static readonly Serializer s_serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(ClusterSweepRunner).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Theory]
    [InlineData(typeof(PerformanceSummary), typeof(PerformanceSummarySurrogate))]
    [InlineData(typeof(TradeStatistics), typeof(TradeStatisticsSurrogate))]
    [InlineData(typeof(SymbolInfo), typeof(SymbolInfoSurrogate))]
    [InlineData(typeof(StrategySettings), typeof(StrategySettingsSurrogate))]
    [InlineData(typeof(RunLimits), typeof(RunLimitsSurrogate))]
    [InlineData(typeof(SweepSharing), typeof(SweepSharingSurrogate))]
    public void Every_settable_property_of_a_record_has_a_field_in_its_surrogate(Type record, Type surrogate)
    {
        string[] properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is not null).Select(property => property.Name).Order().ToArray();
        string[] fields = surrogate.GetFields().Select(field => field.Name).Order().ToArray();

        Assert.NotEmpty(properties);
        Assert.Equal(properties, fields);
    }

    [Fact]
    public void A_summary_crosses_the_wire_bit_for_bit()
    {
        PerformanceSummary summary = RunOnce(drawdown: true);

        PerformanceSummary copy = RoundTrip(summary);

        Assert.Equal(summary, copy);
        Assert.False(double.IsNaN(copy.MaxDrawdown));
        Assert.NotEqual(0, copy.All.TotalClosedTrades);
    }

    [Fact]
    public void Settings_symbols_limits_and_sharing_cross_the_wire_with_every_value()
    {
        var settings = new StrategySettings
        {
            InitialCapital = 25_000, DefaultQuantityType = QuantityType.PercentOfEquity, DefaultQuantity = 12.5, Pyramiding = 3,
            CommissionType = CommissionType.CashPerContract, CommissionValue = 0.7, Slippage = 2, ProcessOrdersOnClose = true,
            CalcOnOrderFills = true, CloseEntriesRule = CloseEntriesRule.Any, MarginLong = 50, MarginShort = 25, RiskFreeRate = 4,
            BacktestFillLimitsAssumption = 1, UseBarMagnifier = true, ReversalSizing = ReversalSizing.WhenFilled,
        };
        var symbol = new SymbolInfo
        {
            Ticker = "ES1!", Prefix = "CME_MINI", Kind = SymbolKind.Futures, Session = "1700-1600", PreMarket = "0400-0930",
            PostMarket = "1600-2000", MinTick = 0.25, PointValue = 50, QuantityStep = 1, Currency = "USD", BaseCurrency = "ES", TimeZone = "America/Chicago",
        };
        var limits = new RunLimits { Timeout = TimeSpan.FromSeconds(90), MaxStepsPerBar = 1_000_000, MaxAllocatedBytesPerBar = 4096 };

        Assert.Equal(settings, RoundTrip(settings));
        Assert.Equal(symbol, RoundTrip(symbol));
        Assert.Equal(limits, RoundTrip(limits));
        var sharing = new SweepSharing(SharedSites: 4, SeriesComputed: 8, SeriesReads: 22, SeriesEvicted: 3, PeakBytes: 5L << 32);
        Assert.Equal(sharing, RoundTrip(sharing));
    }

    [Fact]
    public void A_run_costs_the_wire_its_inputs_and_its_summary_not_its_bars()
    {
        var bars = BarCsv.Read(Path.Combine(AppContext.BaseDirectory, "data", "ohlcv.csv"));
        int oneRun = s_serializer.SerializeToArray(Shard(bars, 1)).Length;
        int hundredRuns = s_serializer.SerializeToArray(Shard(bars, 100)).Length;
        int summary = s_serializer.SerializeToArray(RunOnce(drawdown: false)).Length;

        double perRun = (hundredRuns - oneRun) / 99.0;
        output.WriteLine($"shard of 1 run: {oneRun} B, of 100 runs: {hundredRuns} B, {perRun:0.0} B per run sent; a summary back: {summary} B");
        Assert.InRange(perRun, 1, 200); // Two named int inputs; the bars (23,054 x 6 values, 1.1 MB) never travel.
        Assert.InRange(summary, 100, 2_000);
    }

    private static SweepShard Shard(Bars bars, int runs) => new()
    {
        Sweep = "0123456789abcdef0123456789abcdef",
        Script = "ScriptGen.Samples.Scripts.EmaCross",
        InputNames = ["FastLength", "SlowLength"],
        Symbol = SymbolRequest.Of(new SymbolBars(ClusterFixture.EurUsd, bars)),
        ImportSymbols = [],
        Options = RunOptionsWire.Of(SweepOptions.Default.Run),
        RunIndexes = [.. Enumerable.Range(0, runs)],
        Inputs = [.. Enumerable.Range(0, runs).Select(run => new Dictionary<string, object?>(new EmaCross.Inputs { FastLength = 5 + run, SlowLength = 200 }.ToOverrides()))],
    };

    private static PerformanceSummary RunOnce(bool drawdown) => new RuntimeEnvironment().RunStrategy(
        EmaCross.Create(), BarCsv.Read(Path.Combine(AppContext.BaseDirectory, "data", "ohlcv.csv")),
        new RunOptions { Symbol = ClusterFixture.EurUsd, RecordDrawdown = drawdown }).Summary;

    private static T RoundTrip<T>(T value) => s_serializer.Deserialize<T>(s_serializer.SerializeToArray(value))!;
}
