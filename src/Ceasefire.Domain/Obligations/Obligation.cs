using System;
using System.Collections.Immutable;

namespace Ceasefire.Domain;

/// <summary>
/// One obligation of a statement: who owes what to whom, of what deontic force and performance kind, by when, on
/// what condition, and the exact words of the article it rests on. Created by <see cref="StatementBuilder"/>.
/// Equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class Obligation : IEquatable<Obligation>
{
    internal Obligation(
        string id,
        int articleNumber,
        ImmutableArray<string> obligors,
        bool obligorUnnamed,
        ImmutableArray<string> beneficiaries,
        DeonticKind deonticKind,
        PerformanceKind performanceKind,
        Deadline deadline,
        Condition? condition,
        string description,
        string basis,
        ImmutableArray<Quantity> quantities,
        ImmutableArray<string> inParallelWith,
        ImmutableArray<string> placeIds)
    {
        Id = id;
        ArticleNumber = articleNumber;
        Obligors = obligors;
        ObligorUnnamed = obligorUnnamed;
        Beneficiaries = beneficiaries;
        DeonticKind = deonticKind;
        PerformanceKind = performanceKind;
        Deadline = deadline;
        Condition = condition;
        Description = description;
        Basis = basis;
        Quantities = quantities;
        InParallelWith = inParallelWith;
        PlaceIds = placeIds;
    }

    /// <summary>This obligation with the deadline and scope a rendering gives it (see <see cref="Statement.WithReading"/>).</summary>
    internal Obligation Read(Deadline deadline, ImmutableArray<string> placeIds)
        => new(Id, ArticleNumber, Obligors, ObligorUnnamed, Beneficiaries, DeonticKind, PerformanceKind, deadline, Condition, Description, Basis, Quantities, InParallelWith, placeIds);

    /// <summary>The stable id, for example <c>a2-aghdam-return</c>. Part of the public contract of a statement.</summary>
    public string Id { get; }

    /// <summary>The number of the article the obligation belongs to.</summary>
    public int ArticleNumber { get; }

    /// <summary>The ids of the actors who owe the obligation; empty when <see cref="ObligorUnnamed"/>.</summary>
    public ImmutableArray<string> Obligors { get; }

    /// <summary>Whether the text names no obligor (Article 5's ceasefire control centre, Article 7's returns).</summary>
    public bool ObligorUnnamed { get; }

    /// <summary>The ids of the actors the obligation is owed to; may be empty.</summary>
    public ImmutableArray<string> Beneficiaries { get; }

    /// <summary>Obligation, prohibition, permission or power.</summary>
    public DeonticKind DeonticKind { get; }

    /// <summary>One-off, continuous, open-ended progress or term.</summary>
    public PerformanceKind PerformanceKind { get; }

    /// <summary>When it is due; <see cref="Deadline.None"/> when the text sets no deadline.</summary>
    public Deadline Deadline { get; }

    /// <summary>The condition it waits for, or <see langword="null"/>.</summary>
    public Condition? Condition { get; }

    /// <summary>A neutral description of what is owed.</summary>
    public string Description { get; }

    /// <summary>The exact words of the article the obligation rests on (a passage of <see cref="Article.Text"/>).</summary>
    public string Basis { get; }

    /// <summary>Quantities the text names (1960 servicemen, 5 km).</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <summary>Ids of obligations the text says are performed in parallel with this one.</summary>
    public ImmutableArray<string> InParallelWith { get; }

    /// <summary>Ids of the places (<see cref="Statement.Places"/>) the obligation concerns.</summary>
    public ImmutableArray<string> PlaceIds { get; }

    /// <summary>Whether the given actor owes this obligation.</summary>
    /// <param name="actorId">The actor id.</param>
    /// <returns><see langword="true"/> if the actor is one of the <see cref="Obligors"/>.</returns>
    public bool IsOwedBy(string actorId) => Obligors.Contains(actorId);

    /// <inheritdoc />
    public bool Equals(Obligation? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Id == other.Id && ArticleNumber == other.ArticleNumber && ObligorUnnamed == other.ObligorUnnamed
                   && DeonticKind == other.DeonticKind && PerformanceKind == other.PerformanceKind
                   && Deadline.Equals(other.Deadline) && Equals(Condition, other.Condition)
                   && Description == other.Description && Basis == other.Basis
                   && Equality.Sequence(Obligors, other.Obligors) && Equality.Sequence(Beneficiaries, other.Beneficiaries)
                   && Equality.Sequence(Quantities, other.Quantities) && Equality.Sequence(InParallelWith, other.InParallelWith)
                   && Equality.Sequence(PlaceIds, other.PlaceIds)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Obligation);

    /// <summary>Whether two values are equal, as <see cref="Equals(Obligation)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Obligation? left, Obligation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Obligation? left, Obligation? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(ArticleNumber);
        hash.Add(DeonticKind);
        hash.Add(PerformanceKind);
        hash.Add(Deadline);
        hash.Add(Description);
        hash.Add(Basis);
        hash.Add(Equality.Hash(Obligors));
        return hash.ToHashCode();
    }

    /// <summary>Formats the obligation as <c>id (article N)</c>.</summary>
    /// <returns>The obligation as text.</returns>
    public override string ToString() => string.Concat(Id, " (article ", Text.Number(ArticleNumber), ")");
}
