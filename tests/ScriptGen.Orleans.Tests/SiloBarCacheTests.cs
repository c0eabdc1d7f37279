using ScriptGen.Orleans.Wire;

namespace ScriptGen.Orleans.Tests;

/// <summary>
/// A silo's bars: each symbol loaded and fingerprinted once for every shard that reads it, and, within
/// <see cref="SweepSiloOptions.BarsMemory"/>, the least recently used symbol no shard reads let go (with its shared
/// series) and loaded again when needed; a symbol being read is never let go.
/// </summary>
public sealed class SiloBarCacheTests
{
    private static readonly Bars s_bars = BarCsv.Read(Path.Combine(AppContext.BaseDirectory, "data", "ohlcv.csv"));

    // Three symbols of 1,000 bars each (other bars, so other fingerprints).
    private static readonly Dictionary<string, Bars> s_symbols = new()
    {
        ["AAA"] = s_bars.Slice(0, 1_000),
        ["BBB"] = s_bars.Slice(1_000, 1_000),
        ["CCC"] = s_bars.Slice(2_000, 1_000),
    };

    private static readonly long s_oneSymbol = SiloBarCache.BytesOf(s_symbols["AAA"]);

    [Fact]
    public async Task A_symbol_is_loaded_once_for_every_shard_that_reads_it()
    {
        var store = new CountingStore();
        var cache = new SiloBarCache(() => store, memory: null, evicted: _ => { });

        using SiloBarCache.Lease first = await cache.Acquire(Request("AAA"), default);
        using SiloBarCache.Lease second = await cache.Acquire(Request("AAA"), default);

        Assert.Same(first.Bars, second.Bars);
        Assert.Equal(1, store.Loads("AAA"));
        Assert.Equal(1_000 * 6L * 8, cache.HeldBytes); // 1,000 bars of time, OHLC and volume.
    }

    [Fact]
    public async Task Beyond_its_memory_the_least_recently_used_symbol_no_shard_reads_is_let_go_and_loaded_again_when_needed()
    {
        var store = new CountingStore();
        var letGo = new List<Bars>();
        var cache = new SiloBarCache(() => store, memory: 2 * s_oneSymbol, evicted: letGo.Add);

        (await cache.Acquire(Request("AAA"), default)).Dispose();
        (await cache.Acquire(Request("BBB"), default)).Dispose();
        (await cache.Acquire(Request("AAA"), default)).Dispose(); // AAA is now the more recently used
        (await cache.Acquire(Request("CCC"), default)).Dispose();

        Assert.Equal(["AAA", "CCC"], cache.Tickers);
        Assert.Equal(2 * s_oneSymbol, cache.HeldBytes);
        Assert.Equal([s_symbols["BBB"].Count], letGo.Select(bars => bars.Count));
        Assert.Equal(s_symbols["BBB"].Time[0], letGo[0].Time[0]);
        (await cache.Acquire(Request("BBB"), default)).Dispose();
        Assert.Equal(2, store.Loads("BBB"));
        Assert.Equal(1, store.Loads("AAA"));
    }

    [Fact]
    public async Task A_symbol_a_shard_is_reading_is_never_let_go()
    {
        var store = new CountingStore();
        var cache = new SiloBarCache(() => store, memory: s_oneSymbol, evicted: _ => { });

        using (SiloBarCache.Lease held = await cache.Acquire(Request("AAA"), default))
        {
            (await cache.Acquire(Request("BBB"), default)).Dispose();

            Assert.Equal(["AAA"], cache.Tickers); // BBB was let go when its shard ended: AAA was still read.
            Assert.Same(held.Bars, (await cache.Acquire(Request("AAA"), default)).Bars);
        }

        Assert.Equal(1, store.Loads("AAA"));
    }

    [Fact]
    public async Task Bars_that_differ_from_the_clients_are_refused_naming_both()
    {
        var cache = new SiloBarCache(() => new CountingStore(), memory: null, evicted: _ => { });
        var otherBars = new SymbolRequest(new SymbolInfo { Ticker = "AAA" }, BarsFingerprint.Of(s_symbols["BBB"]));

        var failure = await Assert.ThrowsAsync<BarDataException>(() => cache.Acquire(otherBars, default));

        Assert.Contains("The silo's bars for 'AAA'", failure.Message);
        Assert.Contains("the silo has 1,000 bars", failure.Message);
    }

    [Fact]
    public async Task A_failed_load_is_tried_again_by_the_next_shard()
    {
        var store = new CountingStore { FailFirst = true };
        var cache = new SiloBarCache(() => store, memory: null, evicted: _ => { });

        await Assert.ThrowsAsync<IOException>(() => cache.Acquire(Request("AAA"), default));
        using SiloBarCache.Lease lease = await cache.Acquire(Request("AAA"), default);

        Assert.Equal(2, store.Loads("AAA"));
        Assert.Equal(1_000, lease.Bars.Count);
    }

    private static SymbolRequest Request(string ticker) => SymbolRequest.Of(new SymbolBars(new SymbolInfo { Ticker = ticker }, s_symbols[ticker]));

    private sealed class CountingStore : IBarStore
    {
        private readonly Dictionary<string, int> _loads = [];

        public bool FailFirst { get; init; }

        public int Loads(string ticker)
        {
            lock (_loads)
            {
                return _loads.GetValueOrDefault(ticker);
            }
        }

        public ValueTask<Bars> LoadAsync(string ticker, CancellationToken cancellationToken)
        {
            int loads;
            lock (_loads)
            {
                loads = _loads[ticker] = _loads.GetValueOrDefault(ticker) + 1;
            }

            return FailFirst && loads == 1
                ? throw new IOException($"{ticker}: the disk is not there yet")
                : ValueTask.FromResult(s_symbols[ticker]);
        }
    }
}
