using System.Collections;

namespace ScriptGen.Trading;

/// <summary>
/// A run's closed trades, in closing order, kept as values (<see cref="TradeRecord"/>) in chunks, and read as
/// <see cref="Trade"/> objects: each is made the first time its index is read, then the same object is returned.
/// </summary>
/// <remarks>
/// A run with many trades used to keep one object per closed trade until it ended. Those objects survive every young
/// collection of the run, so the collector copied each of them once or twice (and a gen2 collection traced them all): with
/// an order every 10 bars over a million bars (about 100,000 trades), more than half of the broker's time. Kept as values in
/// chunks of <see cref="ChunkSize"/>, a run's trades are a few hundred arrays the collector does not copy, and a trade
/// nobody reads is never an object.
/// </remarks>
internal sealed class ClosedTradeStore : IReadOnlyList<Trade>
{
    // 1,024 records (160 KB) a chunk: large-object heap arrays, never moved.
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;

    private TradeRecord[][] _chunks = [];
    private int _count;

    // The trades read so far, in chunks like the records' (null: not made yet; a chunk is made when one of its trades is read),
    // and the same objects in order for enumeration.
    private Trade?[]?[] _read = [];
    private readonly List<Trade> _inOrder = [];

    /// <summary>The number of closed trades.</summary>
    public int Count => _count;

    /// <summary>The closed trade at <paramref name="index"/>, oldest first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in 0..Count-1.</exception>
    public Trade this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw TradeList.OutOfRange(index, _count);
            }

            int chunk = index >> ChunkShift;
            if (chunk >= _read.Length)
            {
                Array.Resize(ref _read, _chunks.Length);
            }

            Trade?[] read = _read[chunk] ??= new Trade?[ChunkSize];
            return read[index & (ChunkSize - 1)] ??= new Trade(in RecordAt(index));
        }
    }

    /// <summary>The profit of the closed trade at <paramref name="index"/>, read from its value (no object made).</summary>
    public double ProfitAt(int index) => (uint)index < (uint)_count
        ? RecordAt(index).Profit
        : throw TradeList.OutOfRange(index, _count);

    /// <summary>Keeps <paramref name="trade"/>, just closed, as a value.</summary>
    public void Add(Trade trade)
    {
        int chunk = _count >> ChunkShift;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
        }

        int slot = _count & (ChunkSize - 1);
        ref TradeRecord[] records = ref _chunks[chunk];
        if (records is null || slot == records.Length)
        {
            // The first chunk grows from a few records, so a run of a handful of trades holds a small array; the rest are whole.
            Array.Resize(ref records, chunk == 0 ? Math.Max(16, slot * 2) : ChunkSize);
        }

        trade.Record.CopyTo(ref records[slot]);
        _count++;
    }

    /// <summary>The closed trades as one list, the same objects the indexer returns (made for the ones not read yet).</summary>
    public List<Trade> AsList()
    {
        for (int i = _inOrder.Count; i < _count; i++)
        {
            _inOrder.Add(this[i]);
        }

        return _inOrder;
    }

    /// <summary>The run is over: run-up and drawdown, na in a run that did not follow the paths, may be read (they read na).</summary>
    public void RevealExtremes()
    {
        for (int i = 0; i < _count; i++)
        {
            _chunks[i >> ChunkShift][i & (ChunkSize - 1)].ExtremesHidden = false;
        }

        foreach (Trade?[]? read in _read)
        {
            foreach (Trade? trade in read ?? [])
            {
                if (trade is not null)
                {
                    trade.ExtremesHidden = false;
                }
            }
        }
    }

    /// <inheritdoc />
    public List<Trade>.Enumerator GetEnumerator() => AsList().GetEnumerator();

    IEnumerator<Trade> IEnumerable<Trade>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ref TradeRecord RecordAt(int index) => ref _chunks[index >> ChunkShift][index & (ChunkSize - 1)];
}
