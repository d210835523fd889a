using System.Collections.Immutable;

namespace Ceasefire.Domain.Evaluation;

/// <summary>The parts of an assessment beyond its status, computed together by the detailed rule chain.</summary>
internal sealed record AssessmentDetails(
    ObligationStatus Status,
    Explanation Explanation,
    ImmutableArray<BreachRecord> Breaches,
    ImmutableArray<ObligorStatus> ByObligor,
    ImmutableArray<Quantity> Progress,
    TermPeriod? Term,
    TerminationReason? TerminationReason);
