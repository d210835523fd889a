using System;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// Who asserts a claim: a name (a government, a named official, an outlet), the actor it speaks for officially, if
/// any, and the side whose view it gives, if any (for outlets and analysts, as their source documents describe them).
/// Equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record Claimant
{
    /// <summary>Creates a claimant.</summary>
    /// <param name="name">Who asserts the claim. Not blank.</param>
    /// <param name="actorId">The actor the claimant speaks for officially (a government, a ministry), or <see langword="null"/>.</param>
    /// <param name="side">The actor whose view the claimant gives without speaking for it, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The name is blank, or an id is blank but not null.</exception>
    public Claimant(string name, string? actorId = null, string? side = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (actorId is not null)
        {
            Guard.Against.NullOrWhiteSpace(actorId);
        }

        if (side is not null)
        {
            Guard.Against.NullOrWhiteSpace(side);
        }

        Name = name;
        ActorId = actorId;
        Side = side;
    }

    /// <summary>Who asserts the claim.</summary>
    public string Name { get; }

    /// <summary>The actor the claimant speaks for officially, or <see langword="null"/>.</summary>
    public string? ActorId { get; }

    /// <summary>The actor whose view the claimant gives without speaking for it, or <see langword="null"/>.</summary>
    public string? Side { get; }

    /// <summary>The actor this claimant counts for in <see cref="Perspective.OnlyAssertedBy"/>: <see cref="ActorId"/>, else <see cref="Side"/>.</summary>
    public string? CountsFor => ActorId ?? Side;

    /// <summary>Returns the name, with the actor or side in brackets.</summary>
    /// <returns>The claimant as text.</returns>
    public override string ToString()
        => Text.Plain(ActorId is not null ? string.Concat(Name, " [", ActorId, "]") : Side is not null ? string.Concat(Name, " [", Side, " view]") : Name);
}
