using ScriptGen.Trading;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// A run keeps its closed trades as values and makes a <see cref="Trade"/> object of one only when it is read
/// (<see cref="ClosedTradeStore"/>); the ledger reuses a closed trade's object for the next trade unless it was handed out.
/// Trades here are long, 1 unit, point value 1, no commission: trade k enters at 1,000 + k on bar 2k and exits at 2,000 + k
/// on bar 2k + 1, so each figure read back is known without the broker.
/// </summary>
[Collection(Runtime.AllocationMeasurements.Name)]
public sealed class ClosedTradeStoreTests
{
    [Fact]
    public void Closed_trades_read_back_with_their_fields_in_closing_order_across_chunks()
    {
        TradeLedger ledger = Traded(count: 2_500);

        ClosedTradeStore closed = ledger.Closed;
        Assert.Equal(2_500, closed.Count);
        foreach (int k in new[] { 0, 1, 1_023, 1_024, 1_025, 2_047, 2_048, 2_499 })
        {
            Trade trade = closed[k];
            Assert.Equal(
                (k + 1, "E" + k, 2 * k, 1_000.0 + k, "X" + k, 2 * k + 1, 2_000.0 + k, 1_000.0, false),
                (trade.Number, trade.EntryId, trade.EntryBar, trade.EntryPrice, trade.ExitId, trade.ExitBar, trade.ExitPrice, trade.Profit, trade.IsOpen));
            Assert.Equal((2_000.0 + k, 1_000.0 + k), (trade.HighestPrice, trade.LowestPrice)); // The exit is the trade's last price.
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => closed[2_500]);
        Assert.Throws<ArgumentOutOfRangeException>(() => closed[-1]);
    }

    [Fact]
    public void A_closed_trade_is_one_object_however_it_is_read()
    {
        TradeLedger ledger = Traded(count: 1_100);
        ClosedTradeStore closed = ledger.Closed;

        Trade read = closed[1_050];
        Assert.Same(read, closed[1_050]);
        List<Trade> all = closed.AsList();
        Assert.Same(read, all[1_050]);
        Assert.Equal(Enumerable.Range(1, 1_100), all.Select(t => t.Number));
        Assert.Equal(Enumerable.Range(1, 1_100), new TradeList(closed).Select(t => t.Number));
    }

    [Fact]
    public void A_closed_trades_object_is_reused_for_the_next_trade_unless_it_was_handed_out()
    {
        var ledger = new TradeLedger(initialCapital: 100_000, pointValue: 1);
        ledger.OpenTrade("A", null, Direction.Long, 1, 0, 0, 100, 0);
        Trade first = ledger.Open[0];
        ledger.CloseTrades(null, 1, "XA", null, 1, 1, 101, 0);
        ledger.OpenTrade("B", null, Direction.Long, 1, 2, 2, 102, 0);
        Assert.Same(first, ledger.Open[0]); // Nothing outside the broker held it.
        Assert.Equal(("B", 102.0, true), (first.EntryId, first.EntryPrice, first.IsOpen));

        Trade handedOut = new TradeList(ledger)[0];
        ledger.CloseTrades(null, 1, "XB", null, 3, 3, 103, 0);
        ledger.OpenTrade("C", null, Direction.Long, 1, 4, 4, 104, 0);
        Assert.NotSame(handedOut, ledger.Open[0]);
        Assert.Equal(("B", "XB", 103.0, false), (handedOut.EntryId, handedOut.ExitId, handedOut.ExitPrice, handedOut.IsOpen));
        Assert.Equal(("A", "B"), (ledger.Closed[0].EntryId, ledger.Closed[1].EntryId));
    }

    [Fact]
    public void Closing_trades_allocates_their_records_and_no_object_per_trade()
    {
        const int Count = 100_000;
        long allocated = Runtime.AllocationTests.Allocated(() => Traded(Count, distinctIds: false));

        // The store's records (the first chunk grows to 1,024 records by doubling: at most 1,024 more), its chunk table, the
        // ledger. One object per trade (the old way, at least a Trade's size each) would be millions of bytes more.
        long record = System.Runtime.CompilerServices.Unsafe.SizeOf<TradeRecord>();
        long bound = (Count + 1_024) * record + 64 * 1_024;
        long objectPerTrade = Runtime.AllocationTests.Allocated(() => Trade.Open(1, "A", null, Direction.Long, 1, 0, 0, 100, 0, 1));
        Assert.True(allocated <= bound, $"{allocated} bytes for {Count} trades; records and chunks come to at most {bound}");
        Assert.True(bound < Count * (record + objectPerTrade), "the bound must tell records from records and objects");
    }

    [Fact]
    public void A_run_without_drawdown_lets_its_closed_trades_extremes_be_read_once_it_is_over()
    {
        var ledger = new TradeLedger(initialCapital: 100_000, pointValue: 1, recordExtremes: false);
        ledger.OpenTrade("A", null, Direction.Long, 1, 0, 0, 100, 0);
        ledger.CloseTrades(null, 1, "XA", null, 1, 1, 101, 0);
        ledger.OpenTrade("B", null, Direction.Long, 1, 2, 2, 100, 0);
        ledger.CloseTrades(null, 1, "XB", null, 3, 3, 101, 0);
        Trade readDuringRun = ledger.Closed[0];
        Assert.Throws<ScriptEngineException>(() => readDuringRun.MaxRunUp); // A script must not branch on a figure not computed.

        ledger.MarkOpenAtEnd(lastBar: 3, lastTime: 3, lastClose: 101);

        Assert.True(double.IsNaN(readDuringRun.MaxRunUp)); // Read during the run, kept by the reader.
        Assert.True(double.IsNaN(ledger.Closed[1].MaxDrawdown)); // First read after the run.
    }

    [Fact]
    public void A_record_is_copied_field_for_field_with_nothing_left_out()
    {
        // The broker copies a closed trade's record field by field (a whole-struct copy costs a bulk write barrier); a field
        // added to TradeRecord and not to CopyTo would be lost from every closed trade.
        TradeRecord source = EveryFieldSet();
        TradeRecord copy = default;

        source.CopyTo(ref copy);

        foreach (System.Reflection.FieldInfo field in RecordFields)
        {
            Assert.True(Equals(field.GetValue(source), field.GetValue(copy)), $"TradeRecord.CopyTo leaves out {field.Name}");
        }
    }

    [Fact]
    public void A_cleared_record_is_empty_whatever_it_held()
    {
        // A closed trade's object is reused for the next trade (Trade.Reopen clears its record): nothing of the old trade may remain.
        TradeRecord record = EveryFieldSet();

        record.Clear();

        TradeRecord empty = TradeRecord.Empty;
        foreach (System.Reflection.FieldInfo field in RecordFields)
        {
            Assert.True(Equals(field.GetValue(empty), field.GetValue(record)), $"TradeRecord.Clear leaves {field.Name} as it was");
        }

        Assert.Equal((string.Empty, -1, -1, 1.0), (empty.EntryId, empty.ExitBar, empty.MarkBar, empty.PointValue));
        Assert.True(double.IsNaN(empty.ExitPrice) && double.IsNaN(empty.MarkPrice));
    }

    private static System.Reflection.FieldInfo[] RecordFields =>
        typeof(TradeRecord).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic);

    /// <summary>A record whose every field holds a value neither default nor <see cref="TradeRecord.Empty"/>'s, each its own.</summary>
    private static TradeRecord EveryFieldSet()
    {
        object boxed = default(TradeRecord);
        int k = 0;
        foreach (System.Reflection.FieldInfo field in RecordFields)
        {
            k++;
            object value = field.FieldType switch
            {
                Type t when t == typeof(int) => 1_000 + k,
                Type t when t == typeof(long) => 2_000L + k,
                Type t when t == typeof(double) => 3_000.5 + k,
                Type t when t == typeof(bool) => true,
                Type t when t == typeof(string) => "field " + k,
                Type t when t == typeof(Direction) => Direction.Short,
                Type t => throw new InvalidOperationException($"TradeRecord.{field.Name} is a {t.Name}: give the test a value for it"),
            };
            field.SetValue(boxed, value);
        }

        return (TradeRecord)boxed;
    }

    private static TradeLedger Traded(int count, bool distinctIds = true)
    {
        var ledger = new TradeLedger(initialCapital: 100_000, pointValue: 1);
        for (int k = 0; k < count; k++)
        {
            ledger.OpenTrade(distinctIds ? "E" + k : "E", null, Direction.Long, 1, 2 * k, 2 * k, 1_000 + k, 0);
            ledger.CloseTrades(null, 1, distinctIds ? "X" + k : "X", null, 2 * k + 1, 2 * k + 1, 2_000 + k, 0);
        }

        return ledger;
    }
}
