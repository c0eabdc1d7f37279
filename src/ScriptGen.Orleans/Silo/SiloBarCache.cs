using ScriptGen.Orleans.Wire;

namespace ScriptGen.Orleans;

/// <summary>
/// A silo's bars: each symbol loaded once from the store and fingerprinted once, then shared by every shard that reads
/// it. Beyond <see cref="SweepSiloOptions.BarsMemory"/>, the least recently used symbols no shard is reading are let go
/// (and the series the silo's pool computed over them), to be loaded again if a later shard needs them.
/// </summary>
internal sealed class SiloBarCache(Func<IBarStore> store, long? memory, Action<Bars> evicted)
{
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>The bytes the loaded symbols take, as counted against <see cref="SweepSiloOptions.BarsMemory"/>.</summary>
    public long HeldBytes
    {
        get
        {
            lock (_slots)
            {
                return _slots.Values.Sum(slot => slot.Bytes);
            }
        }
    }

    /// <summary>The tickers loaded now.</summary>
    public string[] Tickers
    {
        get
        {
            lock (_slots)
            {
                return [.. _slots.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>The memory a symbol's bars are counted as: 8 bytes per time and per price (and volume) of each bar.</summary>
    public static long BytesOf(Bars bars) => (long)bars.Count * (bars.HasVolume ? 6 : 5) * sizeof(double);

    /// <summary>
    /// The symbol's bars, checked against the client's fingerprint, held for the caller until it disposes the lease
    /// (a symbol being read is never let go).
    /// </summary>
    /// <exception cref="BarDataException">The silo's bars are not the client's.</exception>
    public async Task<Lease> Acquire(SymbolRequest symbol, CancellationToken cancellationToken)
    {
        Slot slot;
        lock (_slots)
        {
            if (!_slots.TryGetValue(symbol.Ticker, out slot!))
            {
                _slots[symbol.Ticker] = slot = new Slot(symbol.Ticker, Load(store(), symbol.Ticker));
            }

            slot.Readers++;
            slot.LastUse = ++_clock;
        }

        var lease = new Lease(this, slot);
        try
        {
            Loaded loaded = await slot.Loading.WaitAsync(cancellationToken).ConfigureAwait(false);
            lock (_slots)
            {
                slot.Bytes = BytesOf(loaded.Bars);
            }

            if (loaded.Fingerprint != symbol.Fingerprint)
            {
                throw new BarDataException(
                    $"The silo's bars for '{symbol.Ticker}' ({store()}) are not the client's: the silo has {loaded.Fingerprint.Describe()}, the client " +
                    $"{symbol.Fingerprint.Describe()}. Give the silos' store the same bars as the sweep.", source: symbol.Ticker);
            }

            lease.Bars = loaded.Bars;
            return lease;
        }
        catch (Exception failure)
        {
            lease.Dispose();
            if (failure is not BarDataException && !cancellationToken.IsCancellationRequested)
            {
                lock (_slots)
                {
                    Forget(slot); // A failed load is tried again by the next shard.
                }
            }

            throw;
        }
    }

    private void Release(Slot slot)
    {
        Bars[] letGo;
        lock (_slots)
        {
            slot.Readers--;
            letGo = Trim();
        }

        foreach (Bars bars in letGo)
        {
            evicted(bars);
        }
    }

    /// <summary>Lets go of the least recently used symbols no shard reads until the loaded ones fit in the memory.</summary>
    private Bars[] Trim()
    {
        if (memory is not { } budget)
        {
            return [];
        }

        var letGo = new List<Bars>();
        long held = _slots.Values.Sum(slot => slot.Bytes);
        foreach (Slot slot in _slots.Values.Where(slot => slot.Readers == 0 && slot.Bytes > 0).OrderBy(slot => slot.LastUse).ToArray())
        {
            if (held <= budget)
            {
                break;
            }

            held -= slot.Bytes;
            Forget(slot);
            letGo.Add(slot.Loading.Result.Bars);
        }

        return [.. letGo];
    }

    private void Forget(Slot slot)
    {
        if (_slots.TryGetValue(slot.Ticker, out Slot? current) && current == slot)
        {
            _slots.Remove(slot.Ticker);
        }
    }

    // The store is read off the grain's scheduler: a CSV or Parquet read takes hundreds of milliseconds; the fingerprint
    // (a hash of every value) is taken once per load, not once per shard.
    private static Task<Loaded> Load(IBarStore store, string ticker) => Task.Run(async () =>
    {
        Bars bars = await store.LoadAsync(ticker, CancellationToken.None).ConfigureAwait(false);
        return new Loaded(bars, BarsFingerprint.Of(bars));
    });

    internal sealed record Loaded(Bars Bars, BarsFingerprint Fingerprint);

    internal sealed class Slot(string ticker, Task<Loaded> loading)
    {
        public string Ticker { get; } = ticker;

        public Task<Loaded> Loading { get; } = loading;

        public int Readers { get; set; }

        public long LastUse { get; set; }

        /// <summary>0 until loaded.</summary>
        public long Bytes { get; set; }
    }

    /// <summary>A shard's hold on a symbol's bars.</summary>
    internal sealed class Lease(SiloBarCache cache, Slot slot) : IDisposable
    {
        private int _disposed;

        public Bars Bars { get; set; } = null!;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                cache.Release(slot);
            }
        }
    }
}
