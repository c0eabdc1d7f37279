namespace ScriptGen.Orleans.Wire;

/// <summary><see cref="TradeStatistics"/> on the wire.</summary>
[GenerateSerializer]
[Immutable]
internal struct TradeStatisticsSurrogate
{
    [Id(0)]
    public double NetProfit;

    [Id(1)]
    public double NetProfitPercent;

    [Id(2)]
    public double GrossProfit;

    [Id(3)]
    public double GrossProfitPercent;

    [Id(4)]
    public double GrossLoss;

    [Id(5)]
    public double GrossLossPercent;

    [Id(6)]
    public double ProfitFactor;

    [Id(7)]
    public double CommissionPaid;

    [Id(8)]
    public double MaxContractsHeld;

    [Id(9)]
    public int MarginCalls;

    [Id(10)]
    public int TotalClosedTrades;

    [Id(11)]
    public int TotalOpenTrades;

    [Id(12)]
    public double OpenProfit;

    [Id(13)]
    public int WinningTrades;

    [Id(14)]
    public int LosingTrades;

    [Id(15)]
    public int EvenTrades;

    [Id(16)]
    public double PercentProfitable;

    [Id(17)]
    public double AverageTrade;

    [Id(18)]
    public double AverageTradePercent;

    [Id(19)]
    public double AverageWinningTrade;

    [Id(20)]
    public double AverageWinningTradePercent;

    [Id(21)]
    public double AverageLosingTrade;

    [Id(22)]
    public double AverageLosingTradePercent;

    [Id(23)]
    public double RatioAverageWinToAverageLoss;

    [Id(24)]
    public double LargestWinningTrade;

    [Id(25)]
    public double LargestWinningTradePercent;

    [Id(26)]
    public double LargestLosingTrade;

    [Id(27)]
    public double LargestLosingTradePercent;

    [Id(28)]
    public double AverageBarsInTrade;

    [Id(29)]
    public double AverageBarsInWinningTrade;

    [Id(30)]
    public double AverageBarsInLosingTrade;
}

/// <summary>Converts <see cref="TradeStatistics"/> to and from its wire form, field by field (a test checks that no field is missing).</summary>
[RegisterConverter]
internal sealed class TradeStatisticsConverter : IConverter<TradeStatistics, TradeStatisticsSurrogate>
{
    public TradeStatistics ConvertFromSurrogate(in TradeStatisticsSurrogate surrogate) => FromWire(surrogate);

    public TradeStatisticsSurrogate ConvertToSurrogate(in TradeStatistics value) => ToWire(value);

    internal static TradeStatistics FromWire(in TradeStatisticsSurrogate surrogate) => new()
    {
        NetProfit = surrogate.NetProfit,
        NetProfitPercent = surrogate.NetProfitPercent,
        GrossProfit = surrogate.GrossProfit,
        GrossProfitPercent = surrogate.GrossProfitPercent,
        GrossLoss = surrogate.GrossLoss,
        GrossLossPercent = surrogate.GrossLossPercent,
        ProfitFactor = surrogate.ProfitFactor,
        CommissionPaid = surrogate.CommissionPaid,
        MaxContractsHeld = surrogate.MaxContractsHeld,
        MarginCalls = surrogate.MarginCalls,
        TotalClosedTrades = surrogate.TotalClosedTrades,
        TotalOpenTrades = surrogate.TotalOpenTrades,
        OpenProfit = surrogate.OpenProfit,
        WinningTrades = surrogate.WinningTrades,
        LosingTrades = surrogate.LosingTrades,
        EvenTrades = surrogate.EvenTrades,
        PercentProfitable = surrogate.PercentProfitable,
        AverageTrade = surrogate.AverageTrade,
        AverageTradePercent = surrogate.AverageTradePercent,
        AverageWinningTrade = surrogate.AverageWinningTrade,
        AverageWinningTradePercent = surrogate.AverageWinningTradePercent,
        AverageLosingTrade = surrogate.AverageLosingTrade,
        AverageLosingTradePercent = surrogate.AverageLosingTradePercent,
        RatioAverageWinToAverageLoss = surrogate.RatioAverageWinToAverageLoss,
        LargestWinningTrade = surrogate.LargestWinningTrade,
        LargestWinningTradePercent = surrogate.LargestWinningTradePercent,
        LargestLosingTrade = surrogate.LargestLosingTrade,
        LargestLosingTradePercent = surrogate.LargestLosingTradePercent,
        AverageBarsInTrade = surrogate.AverageBarsInTrade,
        AverageBarsInWinningTrade = surrogate.AverageBarsInWinningTrade,
        AverageBarsInLosingTrade = surrogate.AverageBarsInLosingTrade,
    };

    internal static TradeStatisticsSurrogate ToWire(TradeStatistics value) => new()
    {
        NetProfit = value.NetProfit,
        NetProfitPercent = value.NetProfitPercent,
        GrossProfit = value.GrossProfit,
        GrossProfitPercent = value.GrossProfitPercent,
        GrossLoss = value.GrossLoss,
        GrossLossPercent = value.GrossLossPercent,
        ProfitFactor = value.ProfitFactor,
        CommissionPaid = value.CommissionPaid,
        MaxContractsHeld = value.MaxContractsHeld,
        MarginCalls = value.MarginCalls,
        TotalClosedTrades = value.TotalClosedTrades,
        TotalOpenTrades = value.TotalOpenTrades,
        OpenProfit = value.OpenProfit,
        WinningTrades = value.WinningTrades,
        LosingTrades = value.LosingTrades,
        EvenTrades = value.EvenTrades,
        PercentProfitable = value.PercentProfitable,
        AverageTrade = value.AverageTrade,
        AverageTradePercent = value.AverageTradePercent,
        AverageWinningTrade = value.AverageWinningTrade,
        AverageWinningTradePercent = value.AverageWinningTradePercent,
        AverageLosingTrade = value.AverageLosingTrade,
        AverageLosingTradePercent = value.AverageLosingTradePercent,
        RatioAverageWinToAverageLoss = value.RatioAverageWinToAverageLoss,
        LargestWinningTrade = value.LargestWinningTrade,
        LargestWinningTradePercent = value.LargestWinningTradePercent,
        LargestLosingTrade = value.LargestLosingTrade,
        LargestLosingTradePercent = value.LargestLosingTradePercent,
        AverageBarsInTrade = value.AverageBarsInTrade,
        AverageBarsInWinningTrade = value.AverageBarsInWinningTrade,
        AverageBarsInLosingTrade = value.AverageBarsInLosingTrade,
    };
}
