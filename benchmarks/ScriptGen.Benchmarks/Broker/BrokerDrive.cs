using ScriptGen.Benchmarks.Data;

namespace ScriptGen.Benchmarks.Broker;

/// <summary>
/// Drives ScriptGen's broker over the bars exactly as a strategy's generated bar loop does
/// (<c>OnBar</c> before the script on a cursor over the pinned columns, the close-pass check after it),
/// with the script reduced to its orders: none, or a market entry every <c>orderEvery</c> bars
/// alternating long and short (each one a reversal). What is left is the broker's own cost per bar.
/// </summary>
internal static class BrokerDrive
{
    public const double InitialCapital = 100_000;
    public const double Quantity = 10_000;

    private static readonly StrategySettings s_settings = new() { InitialCapital = InitialCapital, DefaultQuantity = Quantity };
    private static readonly SymbolInfo s_symbol = new() { Ticker = "SYNTH", MinTick = 0.00001 };

    public static Trading.Broker Run(SyntheticBars data, int orderEvery)
    {
        int count = data.Count;
        var broker = new Trading.Broker(s_settings, s_symbol, count);
        using (var pinned = new PinnedBars(data.Bars))
        {
            BarCursor bars = pinned.Cursor;
            for (int i = 0; i < count; i++)
            {
                bars.Index = i;
                broker.OnBar(in bars);
                if (orderEvery > 0 && i % orderEvery == 0)
                {
                    bool longSide = (i / orderEvery) % 2 == 0;
                    broker.Entry(longSide ? "Long" : "Short", longSide ? Direction.Long : Direction.Short, double.NaN, double.NaN, double.NaN, null, OcaType.None, null);
                }

                if (broker.HasCloseWork)
                {
                    broker.OnBarClose(in bars);
                }
            }
        }

        broker.MarkOpenTradesAtEnd(count - 1, data.Time[count - 1], data.Close[count - 1]);
        return broker;
    }
}
