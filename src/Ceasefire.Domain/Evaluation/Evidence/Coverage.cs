using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>How many of a set of half-open intervals cover each instant: a step function read by binary search.</summary>
internal sealed class Coverage
{
    private static readonly Coverage EmptyCoverage = new([], []);
    private readonly Instant[] _at;
    private readonly int[] _count;

    private Coverage(Instant[] at, int[] count)
    {
        _at = at;
        _count = count;
    }

    public static Coverage Build(List<(Instant From, Instant To)> intervals)
    {
        if (intervals.Count == 0)
        {
            return EmptyCoverage;
        }

        var events = new List<(Instant At, int Delta)>(intervals.Count * 2);
        foreach (var (from, to) in intervals)
        {
            if (to > from)
            {
                events.Add((from, 1));
                events.Add((to, -1));
            }
        }

        events.Sort(static (a, b) => a.At.CompareTo(b.At));
        var at = new List<Instant>();
        var count = new List<int>();
        var running = 0;
        foreach (var (instant, delta) in events)
        {
            running += delta;
            if (at.Count > 0 && at[^1] == instant)
            {
                count[^1] = running;
            }
            else
            {
                at.Add(instant);
                count.Add(running);
            }
        }

        return new Coverage([.. at], [.. count]);
    }

    /// <summary>How many intervals contain t.</summary>
    public int CountAt(Instant t)
    {
        int lo = 0, hi = _at.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (_at[mid] <= t)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? 0 : _count[found];
    }

    /// <summary>The instants where the count changes.</summary>
    public IEnumerable<Instant> Changes => _at;
}
