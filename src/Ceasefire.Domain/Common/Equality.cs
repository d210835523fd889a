using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ceasefire.Domain.Common;

/// <summary>Structural equality helpers for immutable arrays held by model types.</summary>
internal static class Equality
{
    public static bool Sequence<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.IsDefault || right.IsDefault)
        {
            return left.IsDefault == right.IsDefault;
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        if (!items.IsDefault)
        {
            hash.Add(items.Length);
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }
}
