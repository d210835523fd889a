using System.Collections.Generic;

namespace Ceasefire.Domain.Common;

/// <summary>Filling the builders' mutable lists.</summary>
internal static class ListExtensions
{
    /// <summary>Adds every item, in order; a null sequence adds nothing.</summary>
    public static void AddAll<T>(this IList<T> target, IEnumerable<T>? items)
    {
        if (items is null)
        {
            return;
        }

        foreach (var item in items)
        {
            target.Add(item);
        }
    }
}
