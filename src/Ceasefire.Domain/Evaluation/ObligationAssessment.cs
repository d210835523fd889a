using System;
using System.Collections.Immutable;
using System.Threading;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>An obligation's status at an instant under a perspective, with its explanation, breaches and per-obligor breakdown. Built only by the library.
/// Equality (<c>==</c> included) is by value and compares the explanation and details, which are computed on first use;
/// hashing uses only the obligation id and the status, so it never computes them.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class ObligationAssessment : IEquatable<ObligationAssessment>
{
    private readonly Evaluator? _evaluator;
    private readonly int _index;
    private readonly Instant _asOf;
    private readonly Perspective? _perspective;
    private readonly StatementStatus _statementStatus;
    private AssessmentDetails? _details;

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
        _details = new AssessmentDetails(status, explanation, breaches, byObligor, progress, term, terminationReason);
    }

    /// <summary>An assessment whose explanation and details are computed on first use (the fast evaluation path).</summary>
    internal ObligationAssessment(Obligation obligation, ObligationStatus status, Evaluator evaluator, int index, Instant asOf, Perspective perspective, StatementStatus statementStatus)
    {
        Obligation = obligation;
        Status = status;
        _evaluator = evaluator;
        _index = index;
        _asOf = asOf;
        _perspective = perspective;
        _statementStatus = statementStatus;
    }

    /// <summary>The obligation.</summary>
    public Obligation Obligation { get; }

    /// <summary>The obligation's id.</summary>
    public string ObligationId => Obligation.Id;

    /// <summary>The status.</summary>
    public ObligationStatus Status { get; }

    /// <summary>Why. Computed on first use when the report came from the fast evaluation path.</summary>
    public Explanation Explanation => Details.Explanation;

    /// <summary>The breaches recorded by counted claims by the evaluation instant, earliest first.</summary>
    public ImmutableArray<BreachRecord> Breaches => Details.Breaches;

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
    public ImmutableArray<ObligorStatus> ByObligor => Details.ByObligor;

    /// <summary>Quantities of recorded partial performance, in claim order.</summary>
    public ImmutableArray<Quantity> Progress => Details.Progress;

    /// <summary>For a term obligation in force, the current term; otherwise <see langword="null"/>.</summary>
    public TermPeriod? Term => Details.Term;

    /// <summary>For a <see cref="ObligationStatus.Terminated"/> status, why; otherwise <see langword="null"/>.</summary>
    public TerminationReason? TerminationReason => Details.TerminationReason;

    /// <summary>The due instant in force (after extensions), or <see langword="null"/>.</summary>
    public Instant? DueInstant => Explanation.DueInstant;

    private AssessmentDetails Details
    {
        get
        {
            var details = Volatile.Read(ref _details);
            if (details is null)
            {
                var computed = _evaluator!.Details(_index, _asOf, _perspective!, _statementStatus);
                details = Interlocked.CompareExchange(ref _details, computed, null) ?? computed;
            }

            return details;
        }
    }

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

    /// <summary>Whether two values are equal, as <see cref="Equals(ObligationAssessment)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ObligationAssessment? left, ObligationAssessment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ObligationAssessment? left, ObligationAssessment? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Obligation.Id, Status);

    /// <summary>Formats the assessment as <c>id: status (reason)</c>.</summary>
    /// <returns>The assessment as text.</returns>
    public override string ToString() => string.Concat(ObligationId, ": ", Status.ToString(), " (", Text.Plain(Explanation.Reason), ")");
}
