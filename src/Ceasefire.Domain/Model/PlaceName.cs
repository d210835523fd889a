using System;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// One spelling of a place's name and who uses it ("Kalbajar", used in Azerbaijani and Russian renderings).
/// Equality is by value (ordinal).
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record PlaceName
{
    /// <summary>Creates a place name.</summary>
    /// <param name="name">The spelling. Not blank.</param>
    /// <param name="usage">Who uses this spelling, or where it appears. Not blank.</param>
    /// <exception cref="ArgumentException">A value is blank.</exception>
    public PlaceName(string name, string usage)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(usage);
        Name = name;
        Usage = usage;
    }

    /// <summary>The spelling.</summary>
    public string Name { get; }

    /// <summary>Who uses this spelling, or where it appears.</summary>
    public string Usage { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The spelling.</returns>
    public override string ToString() => Text.Plain(Name);
}
