using System.Collections.Generic;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// The per-perspective views an <see cref="Evaluator"/> keeps: at most <see cref="Capacity"/> of them, the least
/// recently used dropped first, so that a caller asking about many distinct perspectives ("as known on" each day, say)
/// does not make the evaluator grow without bound. Thread-safe: one lock guards the table; a view is built outside the
/// lock, so two threads asking for the same new perspective may both build it and the first stored wins.
/// </summary>
internal sealed class PerspectiveIndexCache
{
    /// <summary>How many perspectives' views an evaluator keeps.</summary>
    public const int DefaultCapacity = 16;

    private readonly object _gate = new();
    private readonly Dictionary<Perspective, LinkedListNode<KeyValuePair<Perspective, PerspectiveIndex>>> _entries;
    private readonly LinkedList<KeyValuePair<Perspective, PerspectiveIndex>> _recency = new();

    public PerspectiveIndexCache(int capacity = DefaultCapacity)
    {
        Capacity = capacity;
        _entries = new Dictionary<Perspective, LinkedListNode<KeyValuePair<Perspective, PerspectiveIndex>>>(capacity + 1);
    }

    /// <summary>The most views kept.</summary>
    public int Capacity { get; }

    /// <summary>How many views are kept now.</summary>
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

    /// <summary>The view for the perspective: the kept one (now the most recently used), or a new one built and kept.</summary>
    public PerspectiveIndex GetOrAdd<TState>(Perspective perspective, System.Func<Perspective, TState, PerspectiveIndex> build, TState state)
    {
        lock (_gate)
        {
            if (TryTouch(perspective) is { } kept)
            {
                return kept;
            }
        }

        var built = build(perspective, state);
        lock (_gate)
        {
            if (TryTouch(perspective) is { } raced)
            {
                return raced;
            }

            _entries[perspective] = _recency.AddFirst(new KeyValuePair<Perspective, PerspectiveIndex>(perspective, built));
            if (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            return built;
        }
    }

    /// <summary>The kept view, moved to the front; call under the lock.</summary>
    private PerspectiveIndex? TryTouch(Perspective perspective)
    {
        if (!_entries.TryGetValue(perspective, out var node))
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
