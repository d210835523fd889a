using System;
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

    /// <summary>
    /// Adds the item a builder call creates, or records in the call log why it could not be created (under the
    /// list's field and the index the item would have had).
    /// </summary>
    public static void AddCreated<T>(this List<T> target, CallLog calls, string field, Func<T> create)
        where T : class
    {
        if (calls.Create(string.Concat(field, "[", Text.Number(target.Count), "]"), create) is { } item)
        {
            target.Add(item);
        }
    }
}
