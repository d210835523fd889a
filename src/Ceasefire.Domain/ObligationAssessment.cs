using System;
using System.Collections.Immutable;
using Ceasefire.Domain.Internal;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>An obligation's status at an instant under a perspective, with its explanation, breaches and per-obligor breakdown. Equality is by value.</summary>
public sealed class ObligationAssessment : IEquatable<ObligationAssessment>
{
    internal ObligationAssessment(
        Obligation obligation,
        ObligationStatus status,
        Explanation explanation,
        ImmutableArray<BreachRecord> breaches,
        ImmutableArray<ObligorStatus> byObligor,
        ImmutableArray<Quantity> progress,
        TermPeriod? term,
        TerminationReason? terminationReason)
    {
        Obligation = obligation;
        Status = status;
        Explanation = explanation;
        Breaches = breaches;
        ByObligor = byObligor;
        Progress = progress;
        Term = term;
        TerminationReason = terminationReason;
    }

    /// <summary>The obligation.</summary>
    public Obligation Obligation { get; }

    /// <summary>The obligation's id.</summary>
    public string ObligationId => Obligation.Id;

    /// <summary>The status.</summary>
    public ObligationStatus Status { get; }

    /// <summary>Why.</summary>
    public Explanation Explanation { get; }

    /// <summary>The breaches recorded by counted claims by the evaluation instant, earliest first.</summary>
    public ImmutableArray<BreachRecord> Breaches { get; }

    /// <summary>Whether any recorded breach is ongoing.</summary>
    public bool IsBreachOngoing
    {
        get
        {
            foreach (var breach in Breaches)
            {
                if (breach.IsOngoing)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The status per obligor, counting only claims about that obligor's acts (and claims naming no actor).</summary>
    public ImmutableArray<ObligorStatus> ByObligor { get; }

    /// <summary>Quantities of recorded partial performance, in claim order.</summary>
    public ImmutableArray<Quantity> Progress { get; }

    /// <summary>For a term obligation in force, the current term; otherwise <see langword="null"/>.</summary>
    public TermPeriod? Term { get; }

    /// <summary>For a <see cref="ObligationStatus.Terminated"/> status, why; otherwise <see langword="null"/>.</summary>
    public TerminationReason? TerminationReason { get; }

    /// <summary>The due instant in force (after extensions), or <see langword="null"/>.</summary>
    public Instant? DueInstant => Explanation.DueInstant;

    /// <inheritdoc />
    public bool Equals(ObligationAssessment? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Obligation.Equals(other.Obligation) && Status == other.Status && Explanation.Equals(other.Explanation)
                   && Term == other.Term && TerminationReason == other.TerminationReason
                   && Equality.Sequence(Breaches, other.Breaches) && Equality.Sequence(ByObligor, other.ByObligor)
                   && Equality.Sequence(Progress, other.Progress)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObligationAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Obligation.Id, Status, Explanation);

    /// <summary>Formats the assessment as <c>id: status (reason)</c>.</summary>
    /// <returns>The assessment as text.</returns>
    public override string ToString() => string.Concat(ObligationId, ": ", Status.ToString(), " (", Explanation.Reason, ")");
}
