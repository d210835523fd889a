using System.Collections.Generic;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// A small least-recently-used cache: at most <see cref="Capacity"/> entries, the least recently used dropped first, so
/// that a caller asking about many distinct keys (keys "as known on" each day, option sets) does not make an
/// evaluator grow without bound. Thread-safe: one lock guards the table; a value is built outside the lock, so two
/// threads asking for the same new key may both build it and the first stored wins.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    /// <summary>How many entries a cache keeps by default.</summary>
    public const int DefaultCapacity = 16;

    private readonly object _gate = new();
    private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> _entries;
    private readonly LinkedList<KeyValuePair<TKey, TValue>> _recency = new();

    public BoundedCache(int capacity = DefaultCapacity)
    {
        Capacity = capacity;
        _entries = new Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>>(capacity + 1);
    }

    /// <summary>The most entries kept.</summary>
    public int Capacity { get; }

    /// <summary>How many entries are kept now.</summary>
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

    /// <summary>The value for the key: the kept one (now the most recently used), or a new one built and kept.</summary>
    public TValue GetOrAdd<TState>(TKey key, System.Func<TKey, TState, TValue> build, TState state)
    {
        lock (_gate)
        {
            if (TryTouch(key) is { } kept)
            {
                return kept;
            }
        }

        var built = build(key, state);
        lock (_gate)
        {
            if (TryTouch(key) is { } raced)
            {
                return raced;
            }

            _entries[key] = _recency.AddFirst(new KeyValuePair<TKey, TValue>(key, built));
            if (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            return built;
        }
    }

    /// <summary>The kept value, moved to the front; call under the lock.</summary>
    private TValue? TryTouch(TKey key)
    {
        if (!_entries.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node != _recency.First)
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
        }

        return node.Value.Value;
    }
}
