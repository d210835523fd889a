using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// The status history of every obligation of a statement over [<see cref="From"/>, <see cref="To"/>) under one
/// perspective: each obligation's <see cref="StatusInterval"/>s, exactly as <see cref="Evaluator.History"/> gives them,
/// and the report at <see cref="To"/>, which holds the due instants and terms in force at the end of the range. It is
/// what a timeline chart draws; make one with <see cref="Evaluator.HistoryBetween"/>. Immutable; equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class StatusHistory : IEquatable<StatusHistory>
{
    internal StatusHistory(Timeline timeline, Instant from, Instant to, Perspective perspective, ImmutableArray<ImmutableArray<StatusInterval>> intervals,
        ComplianceReport atEnd)
    {
        Timeline = timeline;
        From = from;
        To = to;
        Perspective = perspective;
        Intervals = intervals;
        AtEnd = atEnd;
    }

    /// <summary>The statement.</summary>
    public Statement Statement => AtEnd.Statement;

    /// <summary>The timeline evaluated.</summary>
    public Timeline Timeline { get; }

    /// <summary>The start of the range (inclusive).</summary>
    public Instant From { get; }

    /// <summary>The end of the range (exclusive); after <see cref="From"/>.</summary>
    public Instant To { get; }

    /// <summary>Which claims count.</summary>
    public Perspective Perspective { get; }

    /// <summary>Each obligation's intervals, in the order of the statement's obligations; each tiles the range.</summary>
    public ImmutableArray<ImmutableArray<StatusInterval>> Intervals { get; }

    /// <summary>The report at <see cref="To"/> under <see cref="Perspective"/>: the due instants, terms and explanations in force at the end of the range.</summary>
    public ComplianceReport AtEnd { get; }

    /// <summary>The intervals of the obligation with the given id.</summary>
    /// <param name="obligationId">The obligation id.</param>
    /// <returns>The intervals, in order.</returns>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The statement has no such obligation.</exception>
    public ImmutableArray<StatusInterval> this[string obligationId]
    {
        get
        {
            Guard.Against.Null(obligationId);
            return Statement.TryGetObligationIndex(obligationId, out var index)
                ? Intervals[index]
                : throw new System.Collections.Generic.KeyNotFoundException(string.Concat("The statement has no obligation '", obligationId, "'."));
        }
    }

    /// <inheritdoc />
    public bool Equals(StatusHistory? other)
    {
        if (other is null || (!ReferenceEquals(this, other)
            && (From != other.From || To != other.To || !Perspective.Equals(other.Perspective) || Intervals.Length != other.Intervals.Length
                || !Timeline.Equals(other.Timeline) || !AtEnd.Equals(other.AtEnd))))
        {
            return false;
        }

        for (var i = 0; i < Intervals.Length; i++)
        {
            if (!Equality.Sequence(Intervals[i], other.Intervals[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatusHistory);

    /// <summary>Whether two values are equal, as <see cref="Equals(StatusHistory?)"/> decides.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(StatusHistory? left, StatusHistory? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(StatusHistory? left, StatusHistory? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Perspective, Intervals.Length);

    /// <summary>Formats the history as its range, perspective and size.</summary>
    /// <returns>The history as text.</returns>
    public override string ToString()
        => string.Concat("Status history [", Text.Iso(From), ", ", Text.Iso(To), ") under ", Text.Plain(Perspective.Name), ": ", Text.Number(Intervals.Length), " obligations");
}
