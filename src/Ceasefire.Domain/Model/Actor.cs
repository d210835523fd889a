using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// A state, body or authority that a statement names: a signatory, one of the Parties, a guarantor, an implementing
/// or supervising body. Created by <see cref="StatementBuilder"/>. Equality is by value, including aliases.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class Actor : IEquatable<Actor>
{
    internal Actor(string id, string name, ActorRoles roles, ImmutableArray<string> aliases, string? parentId, string? description)
    {
        Id = id;
        Name = name;
        Roles = roles;
        Aliases = aliases;
        ParentId = parentId;
        Description = description;
    }

    /// <summary>The stable id, for example <c>ARM</c>, <c>AZE</c>, <c>RUS</c>, <c>RUS-PKF</c>.</summary>
    public string Id { get; }

    /// <summary>The name used in the statement's primary text.</summary>
    public string Name { get; }

    /// <summary>The actor's roles in the statement.</summary>
    public ActorRoles Roles { get; }

    /// <summary>Other names and spellings of the actor.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>The id of the actor this one belongs to (a contingent belongs to its state), or <see langword="null"/>.</summary>
    public string? ParentId { get; }

    /// <summary>A neutral description of the actor's part in the statement, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Whether the actor has every one of the given roles.</summary>
    /// <param name="role">The role or roles to test.</param>
    /// <returns><see langword="true"/> when all the given roles are held.</returns>
    public bool Has(ActorRoles role) => role != ActorRoles.None && (Roles & role) == role;

    /// <summary>Whether the given text is the actor's id, name or one of its aliases (ordinal, ignoring case).</summary>
    /// <param name="name">The text to test.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool IsKnownAs(string name)
    {
        Guard.Against.Null(name);
        if (string.Equals(Id, name, StringComparison.OrdinalIgnoreCase) || string.Equals(Name, name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var alias in Aliases)
        {
            if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Actor? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Id == other.Id && Name == other.Name && Roles == other.Roles && ParentId == other.ParentId
                   && Description == other.Description && Equality.Sequence(Aliases, other.Aliases)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Actor);

    /// <summary>Whether two values are equal, as <see cref="Equals(Actor)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Actor? left, Actor? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Actor? left, Actor? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Roles, ParentId, Description, Equality.Hash(Aliases));

    /// <summary>Formats the actor as <c>id (name)</c>.</summary>
    /// <returns>The actor as text.</returns>
    public override string ToString() => string.Concat(Id, " (", Text.Plain(Name), ")");
}
