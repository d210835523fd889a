using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// A place the statement names, with every side's spelling. <see cref="Name"/> is the spelling of the statement's
/// primary text; <see cref="Names"/> holds it and every alias, each with who uses it, so that no side's spelling is
/// the only one. Equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class Place : IEquatable<Place>
{
    internal Place(string id, string name, ImmutableArray<PlaceName> names)
    {
        Id = id;
        Name = name;
        Names = names;
    }

    /// <summary>The stable id, for example <c>kelbajar</c>.</summary>
    public string Id { get; }

    /// <summary>The spelling used by the statement's primary text.</summary>
    public string Name { get; }

    /// <summary>Every spelling, the primary one first, each with who uses it.</summary>
    public ImmutableArray<PlaceName> Names { get; }

    /// <summary>Whether the given text is one of the place's spellings (ordinal, ignoring case).</summary>
    /// <param name="name">The text to test.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool IsKnownAs(string name)
    {
        Guard.Against.Null(name);
        foreach (var candidate in Names)
        {
            if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Place? other)
        => other is not null
           && (ReferenceEquals(this, other) || (Id == other.Id && Name == other.Name && Equality.Sequence(Names, other.Names)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Place);

    /// <summary>Whether two values are equal, as <see cref="Equals(Place)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Place? left, Place? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Place? left, Place? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Equality.Hash(Names));

    /// <summary>Formats the place as its spellings joined by " / ".</summary>
    /// <returns>The place as text.</returns>
    public override string ToString()
    {
        var builder = ImmutableArray.CreateBuilder<string>(Names.Length);
        foreach (var name in Names)
        {
            builder.Add(Text.Plain(name.Name));
        }

        return string.Join(" / ", builder);
    }
}
