using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

#pragma warning disable CA1002 // DTOs are internal wire shapes: List<T> keeps them simple for the source generator.
#pragma warning disable CA2227

namespace Ceasefire.Domain.Serialization;

// Wire shapes of the JSON formats. Statements and timelines are written and read as their builder state
// (the state classes beside each builder in Builders/; the values they share are in Builders/WireValues.cs), so a builder
// problem's path is also its JSON path; these are the documents around them and the report's shapes (field order
// here is the order written).

/// <summary>A statement document: the statement's builder state (StatementState, in Builders/StatementBuilder.cs) with the schema version first.</summary>
internal sealed class StatementDocument : StatementState
{
    [JsonPropertyOrder(-1)]
    public required int SchemaVersion { get; init; }
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

    public List<string>? TrustOrder { get; init; }
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

    public bool? IsIncident { get; init; }

    public Instant? From { get; init; }

    public Instant? Until { get; init; }
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
