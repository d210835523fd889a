using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// Which claims count in an evaluation, and whom to believe in a contradiction (docs/semantics.md, section 4): all
/// claims; siding with one party (<see cref="SidingWith"/>: every claim counts, and the party's side prevails in each
/// contradiction it is part of) or a general trust ordering (<see cref="Trusting"/>); the strict filters (only the
/// claims asserted by one party, <see cref="OnlyAssertedBy"/>, or documented by chosen sources,
/// <see cref="FromSources"/>); and "as known on" a date (bitemporal: claims that became known later are set aside),
/// which composes with all: <c>Perspective.SidingWith("ARM").AsKnownOn(date)</c>.
/// Immutable. Equality (<c>==</c> included) is by value, the sources compared as a set and the trust order as a sequence; hashing
/// uses the name, the actor and the date.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class Perspective : IEquatable<Perspective>
{
    private Perspective(string name, string? claimantActorId, FrozenSet<string>? sources, LocalDate? knownOn, ImmutableArray<string> trustOrder = default)
    {
        Name = name;
        ClaimantActorId = claimantActorId;
        SourceSet = sources;
        KnownOn = knownOn;
        TrustOrder = trustOrder.IsDefault ? [] : trustOrder;
    }

    /// <summary>Every claim counts; contradictions whose sides lead to different statuses are disputes.</summary>
    public static Perspective AllClaims { get; } = new("all claims", null, null, null);

    /// <summary>The trust ordering, most trusted first: claimants' <see cref="Claimant.CountsFor"/> ids, claimant names or source ids; empty when no side is preferred.</summary>
    public ImmutableArray<string> TrustOrder { get; }

    /// <summary>A short name, for reports ("all claims", "asserted by ARM", ...).</summary>
    public string Name { get; }

    /// <summary>When set, only claims whose claimant counts for this actor (<see cref="Claimant.CountsFor"/>) count.</summary>
    public string? ClaimantActorId { get; }

    /// <summary>When set, only claims with at least one of these sources count.</summary>
    public IReadOnlySet<string>? Sources => SourceSet;

    /// <summary>When set, claims that became known after this date are set aside.</summary>
    public LocalDate? KnownOn { get; }

    private FrozenSet<string>? SourceSet { get; }

    /// <summary>The strict filter: only the claims asserted by one party count, its officials (<see cref="Claimant.ActorId"/>) and sources giving its view (<see cref="Claimant.Side"/>).</summary>
    /// <param name="actorId">The actor id, for example <c>ARM</c>.</param>
    /// <returns>The perspective.</returns>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public static Perspective OnlyAssertedBy(string actorId)
    {
        Guard.Against.NullOrWhiteSpace(actorId);
        return new Perspective(string.Concat("only asserted by ", actorId), actorId, null, null);
    }

    /// <summary>
    /// Every claim counts, and in each contradiction the side the party asserts (claimant <see cref="Claimant.CountsFor"/>
    /// the party) prevails; contradictions not involving its side are weighed as under <see cref="AllClaims"/>. The same as
    /// <c>Trusting(actorId)</c>.
    /// </summary>
    /// <param name="actorId">The actor id, for example <c>ARM</c>.</param>
    /// <returns>The perspective.</returns>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public static Perspective SidingWith(string actorId)
    {
        Guard.Against.NullOrWhiteSpace(actorId);
        return new Perspective(string.Concat("siding with ", actorId), null, null, null, [actorId]);
    }

    /// <summary>
    /// Every claim counts, weighed by an ordering of trust: in a contradiction the claim ranked first prevails (the other
    /// is set aside as <see cref="SetAsideReason.OutweighedInDispute"/>); equal or no ranks are weighed as under
    /// <see cref="AllClaims"/>. A claim's rank is that of the first entry naming its claimant's
    /// <see cref="Claimant.CountsFor"/> id, its claimant's name or one of its sources.
    /// </summary>
    /// <param name="order">The entries, most trusted first; at least one.</param>
    /// <returns>The perspective.</returns>
    /// <exception cref="ArgumentException">No entry is given, or one is blank.</exception>
    public static Perspective Trusting(params string[] order)
    {
        RequireEntries(order, "entry", nameof(order));

        return new Perspective(string.Concat("trusting ", string.Join(" > ", order)), null, null, null, [.. order]);
    }

    /// <summary>The trust rank of a claim: the position of the first entry of <see cref="TrustOrder"/> it matches, or <see cref="int.MaxValue"/> when none.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The rank; lower is more trusted.</returns>
    public int TrustRank(Claim claim)
    {
        Guard.Against.Null(claim);
        for (var i = 0; i < TrustOrder.Length; i++)
        {
            var entry = TrustOrder[i];
            if (claim.Claimant.CountsFor == entry || claim.Claimant.Name == entry)
            {
                return i;
            }

            foreach (var source in claim.Sources)
            {
                if (source.Source == entry)
                {
                    return i;
                }
            }
        }

        return int.MaxValue;
    }

    /// <summary>The claims documented by at least one of the given sources (file names or URLs, compared ordinally).</summary>
    /// <param name="sources">The sources; at least one.</param>
    /// <returns>The perspective.</returns>
    /// <exception cref="ArgumentException">No source is given, or one is blank.</exception>
    public static Perspective FromSources(params string[] sources)
    {
        RequireEntries(sources, "source", nameof(sources));

        var set = sources.ToFrozenSet(StringComparer.Ordinal);
        var names = new List<string>(set);
        names.Sort(StringComparer.Ordinal);
        return new Perspective(string.Concat("from ", string.Join(", ", names)), null, set, null);
    }

    /// <summary>This perspective, keeping only claims known on or before the given date.</summary>
    /// <param name="date">The "as known on" date.</param>
    /// <returns>The perspective.</returns>
    public Perspective AsKnownOn(LocalDate date)
        => new(string.Concat(Name, ", as known on ", Text.Iso(date)), ClaimantActorId, SourceSet, date, TrustOrder);

    /// <summary>Whether the claim counts under this perspective, and if not, why.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="reason">Why it is set aside, when it does not count.</param>
    /// <returns><see langword="true"/> when the claim counts.</returns>
    public bool Includes(Claim claim, out SetAsideReason reason)
    {
        Guard.Against.Null(claim);
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
                   && Equality.Sequence(TrustOrder, other.TrustOrder)
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
    public override string ToString() => Text.Plain(Name);

    private static void RequireEntries(string[] entries, string what, string parameter)
    {
        Guard.Against.Null(entries, parameter);
        if (entries.Length == 0)
        {
            throw new ArgumentException(string.Concat("At least one ", what, " is required."), parameter);
        }

        foreach (var entry in entries)
        {
            Guard.Against.NullOrWhiteSpace(entry, parameter);
        }
    }

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
