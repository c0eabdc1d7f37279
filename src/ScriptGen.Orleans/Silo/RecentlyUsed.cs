namespace ScriptGen.Orleans;

/// <summary>A small least-recently-used map (not thread-safe: the caller locks it).</summary>
internal sealed class RecentlyUsed<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _nodes = [];
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();

    public int Count => _nodes.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_nodes.TryGetValue(key, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            value = node.Value.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Add(TKey key, TValue value)
    {
        if (_nodes.Remove(key, out var existing))
        {
            _order.Remove(existing);
        }

        _nodes[key] = _order.AddFirst((key, value));
        if (_nodes.Count > capacity)
        {
            _nodes.Remove(_order.Last!.Value.Key);
            _order.RemoveLast();
        }
    }

    /// <summary>Removes <paramref name="key"/> if it still maps to <paramref name="value"/>.</summary>
    public void Remove(TKey key, TValue value)
    {
        if (_nodes.TryGetValue(key, out var node) && EqualityComparer<TValue>.Default.Equals(node.Value.Value, value))
        {
            _nodes.Remove(key);
            _order.Remove(node);
        }
    }
}
