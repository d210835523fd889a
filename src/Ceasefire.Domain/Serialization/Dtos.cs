using System.Collections.Generic;
using NodaTime;

#pragma warning disable CA1002 // DTOs are internal wire shapes: List<T> keeps them simple for the source generator.
#pragma warning disable CA2227

namespace Ceasefire.Domain.Serialization;

// Wire shapes of the JSON formats. They mirror the builders, so a builder problem's path is also its JSON path.
// Field order here is the order written. A claim's shape is its builder state (Builders/ClaimState.cs); the values
// the formats share (deadline, claim date, claimant, quantity, citation) are in Builders/WireValues.cs.

internal sealed class StatementDocument
{
    public required int SchemaVersion { get; init; }

    public required string Title { get; init; }

    public required LocalDate SignedOn { get; init; }

    public required string TimeZone { get; init; }

    public required Instant EffectiveFrom { get; init; }

    public List<ActorDto>? Actors { get; init; }

    public required List<ArticleDto> Articles { get; init; }

    public List<CitationDto>? Sources { get; init; }

    public List<CrossReferenceDto>? CrossReferences { get; init; }

    public List<PlaceDto>? Places { get; init; }
}

internal sealed class ActorDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public List<string>? Roles { get; init; }

    public List<string>? Aliases { get; init; }

    public string? ParentId { get; init; }

    public string? Description { get; init; }
}

internal sealed class ArticleDto
{
    public required int Number { get; init; }

    public required string Text { get; init; }

    public List<VariantDto>? Variants { get; init; }

    public List<ObligationDto>? Obligations { get; init; }
}

internal sealed class VariantDto
{
    public required string Label { get; init; }

    public required string Text { get; init; }

    public string? Language { get; init; }

    public required List<CitationDto> Sources { get; init; }

    public List<DeadlineReadingDto>? DeadlineReadings { get; init; }
}

internal sealed class DeadlineReadingDto
{
    public required string ObligationId { get; init; }

    public required DeadlineDto Deadline { get; init; }
}

internal sealed class ObligationDto
{
    public required string Id { get; init; }

    public List<string>? Obligors { get; init; }

    public bool? ObligorUnnamed { get; init; }

    public List<string>? Beneficiaries { get; init; }

    public required DeonticKind DeonticKind { get; init; }

    public required PerformanceKind PerformanceKind { get; init; }

    public DeadlineDto? Deadline { get; init; }

    public ConditionDto? Condition { get; init; }

    public required string Description { get; init; }

    public required string Basis { get; init; }

    public List<QuantityDto>? Quantities { get; init; }

    public List<string>? InParallelWith { get; init; }

    public List<string>? PlaceIds { get; init; }
}

internal sealed class ConditionDto
{
    public required ConditionKind Kind { get; init; }

    public required string Description { get; init; }
}

internal sealed class CrossReferenceDto
{
    public required string Catalogue { get; init; }

    public required string Id { get; init; }

    public string? Url { get; init; }
}

internal sealed class PlaceDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string NameUsage { get; init; }

    public List<PlaceNameDto>? Aliases { get; init; }
}

internal sealed class PlaceNameDto
{
    public required string Name { get; init; }

    public required string Usage { get; init; }
}

internal sealed class TimelineDocument
{
    public required int SchemaVersion { get; init; }

    public required List<ClaimState> Claims { get; init; }
}

internal sealed class ReportDocument
{
    public required int SchemaVersion { get; init; }

    public required string StatementTitle { get; init; }

    public required Instant AsOf { get; init; }

    public required PerspectiveDto Perspective { get; init; }

    public required StatementStatus StatementStatus { get; init; }

    public required string StatementReason { get; init; }

    public List<ClaimUseDto>? StatementClaims { get; init; }

    public required List<AssessmentDto> Obligations { get; init; }
}

internal sealed class PerspectiveDto
{
    public required string Name { get; init; }

    public string? ClaimantActorId { get; init; }

    public List<string>? Sources { get; init; }

    public LocalDate? KnownOn { get; init; }
}

internal sealed class AssessmentDto
{
    public required string ObligationId { get; init; }

    public required ObligationStatus Status { get; init; }

    public required ExplanationDto Explanation { get; init; }

    public List<BreachDto>? Breaches { get; init; }

    public List<ObligorStatusDto>? ByObligor { get; init; }

    public List<QuantityDto>? Progress { get; init; }

    public TermDto? Term { get; init; }

    public TerminationReason? TerminationReason { get; init; }
}

internal sealed class ExplanationDto
{
    public required string RuleId { get; init; }

    public required string Reason { get; init; }

    public required List<string> Sentences { get; init; }

    public string? DeadlineReading { get; init; }

    public Instant? DueInstant { get; init; }

    public required Timeliness Timeliness { get; init; }

    public List<ClaimUseDto>? ClaimsUsed { get; init; }

    public List<SetAsideDto>? ClaimsSetAside { get; init; }

    public List<DisputeSideDto>? DisputeSides { get; init; }
}

internal sealed class ClaimUseDto
{
    public required string ClaimId { get; init; }

    public required string Role { get; init; }
}

internal sealed class SetAsideDto
{
    public required string ClaimId { get; init; }

    public required SetAsideReason Reason { get; init; }

    public required string Detail { get; init; }
}

internal sealed class DisputeSideDto
{
    public required ObligationStatus Status { get; init; }

    public required List<string> ClaimIds { get; init; }
}

internal sealed class BreachDto
{
    public required string ClaimId { get; init; }

    public string? BreachingActorId { get; init; }

    public ClaimDateDto? EndedAt { get; init; }

    public string? EndedByClaimId { get; init; }

    public required bool IsOngoing { get; init; }
}

internal sealed class ObligorStatusDto
{
    public required string ActorId { get; init; }

    public required ObligationStatus Status { get; init; }

    public required string Reason { get; init; }
}

internal sealed class TermDto
{
    public required int Number { get; init; }

    public required Instant Start { get; init; }

    public required Instant End { get; init; }

    public required Instant NoticeCutoff { get; init; }
}
