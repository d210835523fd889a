using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// Which claims count in an evaluation: all claims, the claims asserted by one party (its officials, and sources that
/// give its view), the claims documented by a chosen set of sources, and "as known on" a date (bitemporal: claims that
/// became known later are set aside). Filters combine: <c>Perspective.AssertedBy("ARM").AsKnownOn(date)</c>.
/// Immutable. Equality (<c>==</c> included) is by value, the sources compared as a set; hashing uses the name, the actor
/// and the date.
/// </summary>
public sealed class Perspective : IEquatable<Perspective>
{
    private Perspective(string name, string? claimantActorId, FrozenSet<string>? sources, LocalDate? knownOn)
    {
        Name = name;
        ClaimantActorId = claimantActorId;
        SourceSet = sources;
        KnownOn = knownOn;
    }

    /// <summary>Every claim counts.</summary>
    public static Perspective AllClaims { get; } = new("all claims", null, null, null);

    /// <summary>A short name, for reports ("all claims", "asserted by ARM", ...).</summary>
    public string Name { get; }

    /// <summary>When set, only claims whose claimant counts for this actor (<see cref="Claimant.CountsFor"/>) count.</summary>
    public string? ClaimantActorId { get; }

    /// <summary>When set, only claims with at least one of these sources count.</summary>
    public IReadOnlySet<string>? Sources => SourceSet;

    /// <summary>When set, claims that became known after this date are set aside.</summary>
    public LocalDate? KnownOn { get; }

    private FrozenSet<string>? SourceSet { get; }

    /// <summary>The claims asserted by one party: its officials (<see cref="Claimant.ActorId"/>) and sources giving its view (<see cref="Claimant.Side"/>).</summary>
    /// <param name="actorId">The actor id, for example <c>ARM</c>.</param>
    /// <returns>The perspective.</returns>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public static Perspective AssertedBy(string actorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        return new Perspective(string.Concat("asserted by ", actorId), actorId, null, null);
    }

    /// <summary>The claims documented by at least one of the given sources (file names or URLs, compared ordinally).</summary>
    /// <param name="sources">The sources; at least one.</param>
    /// <returns>The perspective.</returns>
    /// <exception cref="ArgumentException">No source is given, or one is blank.</exception>
    public static Perspective FromSources(params string[] sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Length == 0)
        {
            throw new ArgumentException("At least one source is required.", nameof(sources));
        }

        foreach (var source in sources)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(source, nameof(sources));
        }

        var set = sources.ToFrozenSet(StringComparer.Ordinal);
        var names = new List<string>(set);
        names.Sort(StringComparer.Ordinal);
        return new Perspective(string.Concat("from ", string.Join(", ", names)), null, set, null);
    }

    /// <summary>This perspective, keeping only claims known on or before the given date.</summary>
    /// <param name="date">The "as known on" date.</param>
    /// <returns>The perspective.</returns>
    public Perspective AsKnownOn(LocalDate date)
        => new(string.Concat(Name, ", as known on ", Text.Iso(date)), ClaimantActorId, SourceSet, date);

    /// <summary>Whether the claim counts under this perspective, and if not, why.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="reason">Why it is set aside, when it does not count.</param>
    /// <returns><see langword="true"/> when the claim counts.</returns>
    public bool Includes(Claim claim, out SetAsideReason reason)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (ClaimantActorId is not null && claim.Claimant.CountsFor != ClaimantActorId)
        {
            reason = SetAsideReason.ClaimantOutsidePerspective;
            return false;
        }

        if (SourceSet is not null && !HasSource(claim))
        {
            reason = SetAsideReason.SourceOutsidePerspective;
            return false;
        }

        if (KnownOn is { } known && claim.KnownOn > known)
        {
            reason = SetAsideReason.NotYetKnown;
            return false;
        }

        reason = default;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Perspective? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Name == other.Name && ClaimantActorId == other.ClaimantActorId && KnownOn == other.KnownOn
                   && (SourceSet is null ? other.SourceSet is null : other.SourceSet is not null && SourceSet.SetEquals(other.SourceSet))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Perspective);

    /// <summary>Whether two values are equal, as <see cref="Equals(Perspective)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Perspective? left, Perspective? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Perspective? left, Perspective? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ClaimantActorId, KnownOn);

    /// <summary>Returns the perspective's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private bool HasSource(Claim claim)
    {
        foreach (var source in claim.Sources)
        {
            if (SourceSet!.Contains(source.Source))
            {
                return true;
            }
        }

        return false;
    }
}
