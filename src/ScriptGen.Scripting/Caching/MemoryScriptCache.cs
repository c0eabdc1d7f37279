namespace ScriptGen.Scripting.Caching;

/// <summary>
/// The compiled sets of one parser by key, least recently used first out. Concurrent requests for one
/// key share one compilation (a <see cref="Lazy{T}"/> per key, created under a short lock and evaluated
/// outside it). A failed or cancelled compilation is not kept. An evicted set is unloaded; a set unloaded
/// by its owner is forgotten.
/// </summary>
internal sealed class MemoryScriptCache
{
    private readonly int _capacity;
    private readonly Lock _gate = new();
    private readonly Dictionary<CacheKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = []; // most recently used first

    public MemoryScriptCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>How many sets the cache holds (compiled or being compiled).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The set cached under <paramref name="key"/>, or the one <paramref name="create"/> makes (called once
    /// however many threads ask at once, with the first asker's token).
    /// </summary>
    public CompiledScripts GetOrAdd(CacheKey key, Func<CancellationToken, CompiledScripts> create, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Entry entry;
            List<CompiledScripts>? evicted = null;
            lock (_gate)
            {
                if (_entries.TryGetValue(key, out LinkedListNode<Entry>? node))
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    entry = node.Value;
                }
                else
                {
                    entry = new Entry(key, this, create, cancellationToken);
                    _entries.Add(key, _recency.AddFirst(entry));
                    evicted = EvictOverCapacity();
                }
            }

            UnloadAll(evicted);
            try
            {
                CompiledScripts set = entry.Set.Value;
                if (!set.IsUnloaded)
                {
                    return set;
                }

                Forget(entry); // Unloaded by its owner between the lookup and now: compile again.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Forget(entry); // Another caller's compilation was cancelled, not ours: compile again.
            }
            catch
            {
                Forget(entry);
                throw;
            }
        }
    }

    /// <summary>Forgets every set and unloads each (a parser being disposed).</summary>
    public void Clear()
    {
        List<CompiledScripts> sets;
        lock (_gate)
        {
            sets = _recency.Where(e => e.Set.IsValueCreated).Select(e => e.Set.Value).ToList();
            _entries.Clear();
            _recency.Clear();
        }

        UnloadAll(sets);
    }

    private List<CompiledScripts>? EvictOverCapacity()
    {
        List<CompiledScripts>? evicted = null;
        LinkedListNode<Entry>? node = _recency.Last;
        while (_entries.Count > _capacity && node is not null)
        {
            LinkedListNode<Entry>? previous = node.Previous;
            if (node.Value.Set.IsValueCreated) // a set still compiling is left to finish
            {
                _recency.Remove(node);
                _entries.Remove(node.Value.Key);
                (evicted ??= []).Add(node.Value.Set.Value);
            }

            node = previous;
        }

        return evicted;
    }

    private void Forget(Entry entry)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(entry.Key, out LinkedListNode<Entry>? node) && ReferenceEquals(node.Value, entry))
            {
                _entries.Remove(entry.Key);
                _recency.Remove(node);
            }
        }
    }

    private static void UnloadAll(List<CompiledScripts>? sets)
    {
        if (sets is not null)
        {
            foreach (CompiledScripts set in sets)
            {
                set.Unload();
            }
        }
    }

    private sealed class Entry
    {
        public Entry(CacheKey key, MemoryScriptCache cache, Func<CancellationToken, CompiledScripts> create, CancellationToken cancellationToken)
        {
            Key = key;
            Set = new Lazy<CompiledScripts>(
                () =>
                {
                    CompiledScripts set = create(cancellationToken);
                    set.OnUnload(_ => cache.Forget(this));
                    return set;
                },
                LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public CacheKey Key { get; }

        public Lazy<CompiledScripts> Set { get; }
    }
}
