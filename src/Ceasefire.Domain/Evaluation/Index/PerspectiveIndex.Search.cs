using System;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>Searches on the sorted per-kind position lists.</summary>
internal sealed partial class PerspectiveIndex
{
    /// <summary>The first position in the list below n that is not excluded, or -1.</summary>
    private static int First(int[] positions, int n, ReadOnlySpan<int> excluded)
    {
        foreach (var p in positions)
        {
            if (p >= n)
            {
                return -1;
            }

            if (excluded.IsEmpty || !excluded.Contains(p))
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>The index of the last element below n in an ascending list, or -1.</summary>
    private static int LastBelow(int[] sorted, int n)
    {
        int lo = 0, hi = sorted.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] < n)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The index of the last element &lt;= t, or -1.</summary>
    private static int LastAtOrBefore(Instant[] sorted, Instant t)
    {
        int lo = 0, hi = sorted.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] <= t)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
