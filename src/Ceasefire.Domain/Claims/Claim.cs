using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// One piece of evidence: a claim, asserted by someone and documented by sources, that something happened to one or
/// more obligations (or, with no obligation ids, to the statement itself). Claims are not facts: evaluation weighs
/// them under a <see cref="Perspective"/>. Created by <see cref="TimelineBuilder"/>. Equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class Claim : IEquatable<Claim>
{
    internal Claim(
        string id,
        ClaimKind kind,
        ImmutableArray<string> obligationIds,
        ClaimDate date,
        ClaimDate? end,
        Claimant claimant,
        string? actorId,
        ImmutableArray<Citation> sources,
        LocalDate knownOn,
        string summary,
        Quantity? quantity,
        Deadline? newDeadline,
        string? requestedBy,
        ImmutableArray<string> agreedBy,
        TerminationReason? reason,
        ImmutableArray<string> contradicts,
        ImmutableArray<string> placeIds)
    {
        Id = id;
        Kind = kind;
        ObligationIds = obligationIds;
        Date = date;
        End = end;
        Claimant = claimant;
        ActorId = actorId;
        Sources = sources;
        KnownOn = knownOn;
        Summary = summary;
        Quantity = quantity;
        NewDeadline = newDeadline;
        RequestedBy = requestedBy;
        AgreedBy = agreedBy;
        Reason = reason;
        Contradicts = contradicts;
        PlaceIds = placeIds;
    }

    /// <summary>The claim's id, unique in its timeline.</summary>
    public string Id { get; }

    /// <summary>What the claim says happened.</summary>
    public ClaimKind Kind { get; }

    /// <summary>The obligations concerned; empty when the claim is about the statement itself.</summary>
    public ImmutableArray<string> ObligationIds { get; }

    /// <summary>Whether the claim is about the statement as a whole rather than about obligations.</summary>
    public bool IsAboutStatement => ObligationIds.IsEmpty;

    /// <summary>When it happened (for a breach or suspension, when it started).</summary>
    public ClaimDate Date { get; }

    /// <summary>For a breach or suspension, when it ended, if the claim says; otherwise <see langword="null"/>.</summary>
    public ClaimDate? End { get; }

    /// <summary>Who asserts the claim.</summary>
    public Claimant Claimant { get; }

    /// <summary>The actor said to have acted (the performing or breaching actor), which may differ from the claimant; or <see langword="null"/>.</summary>
    public string? ActorId { get; }

    /// <summary>The sources documenting the claim; at least one.</summary>
    public ImmutableArray<Citation> Sources { get; }

    /// <summary>When the claim became known (its source's publication date): bitemporal evaluation sets aside claims known later.</summary>
    public LocalDate KnownOn { get; }

    /// <summary>A neutral one-sentence summary of what is claimed.</summary>
    public string Summary { get; }

    /// <summary>For partial performance, how much, where known.</summary>
    public Quantity? Quantity { get; }

    /// <summary>For a deadline extension, the new deadline.</summary>
    public Deadline? NewDeadline { get; }

    /// <summary>For a deadline extension, who asked for it.</summary>
    public string? RequestedBy { get; }

    /// <summary>For a deadline extension (or an agreement), who agreed.</summary>
    public ImmutableArray<string> AgreedBy { get; }

    /// <summary>For a termination, why.</summary>
    public TerminationReason? Reason { get; }

    /// <summary>Ids of claims this claim contradicts (a denial, or a different account of the same fact).</summary>
    public ImmutableArray<string> Contradicts { get; }

    /// <summary>
    /// Ids of the statement's places where the claimed event happened (see <see cref="Statement.Places"/>, which keeps every
    /// side's name for each); empty when the claim names no place.
    /// </summary>
    public ImmutableArray<string> PlaceIds { get; }

    /// <summary>Whether the claim concerns the given obligation.</summary>
    /// <param name="obligationId">The obligation id.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool Concerns(string obligationId) => ObligationIds.Contains(obligationId);

    /// <summary>The beneficiaries of an obligation this claim does not record as agreeing (an extension counts only when empty).</summary>
    internal List<string> BeneficiariesNotAgreeing(Obligation obligation)
    {
        var missing = new List<string>();
        foreach (var beneficiary in obligation.Beneficiaries)
        {
            if (!AgreedBy.Contains(beneficiary))
            {
                missing.Add(beneficiary);
            }
        }

        return missing;
    }

    /// <inheritdoc />
    public bool Equals(Claim? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Id == other.Id && Kind == other.Kind && Date == other.Date && End == other.End
                   && Claimant == other.Claimant && ActorId == other.ActorId && KnownOn == other.KnownOn
                   && Summary == other.Summary && Quantity == other.Quantity && Equals(NewDeadline, other.NewDeadline)
                   && RequestedBy == other.RequestedBy && Reason == other.Reason
                   && Equality.Sequence(ObligationIds, other.ObligationIds) && Equality.Sequence(Sources, other.Sources)
                   && Equality.Sequence(AgreedBy, other.AgreedBy) && Equality.Sequence(Contradicts, other.Contradicts)
                   && Equality.Sequence(PlaceIds, other.PlaceIds)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Claim);

    /// <summary>Whether two values are equal, as <see cref="Equals(Claim)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Claim? left, Claim? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Claim? left, Claim? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Date, Claimant, KnownOn, Summary, Equality.Hash(ObligationIds));

    /// <summary>Formats the claim as <c>date kind obligations, per claimant: summary</c>.</summary>
    /// <returns>The claim as text.</returns>
    public override string ToString()
        => string.Concat(Date.ToString(), " ", Kind.ToString(), " ", IsAboutStatement ? "(statement)" : string.Join(",", ObligationIds), ", per ", Claimant.ToString(), ": ", Text.Plain(Summary));
}
