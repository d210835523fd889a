using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

#pragma warning disable CA1002 // Internal wire shapes: List<T> keeps them simple for the source generator.

namespace Ceasefire.Domain;

// Every builder's state (the ...State class in its file, ClaimState in ClaimBuilder.cs) is also the JSON shape: the
// fluent methods write it, the JSON layer writes it (From) and reads it, and the validator builds the model from it
// either way. Names follow the JSON format, so a problem's path is the same for a builder and for a document. Property
// order is the order written; [JsonRequired] marks what a document must have; [JsonIgnore] marks what only a builder
// holds. A required value a builder may leave unset stays null ([DisallowNull]) or keeps a "was set" flag; a list a
// document may omit or write as null reads as empty ([AllowNull]). Values are held as written (below); the validator
// converts them. Adding a field: the model type, the builder's file (state property, From, fluent method), and the
// validator.
//
// The JSON shapes of the values a builder holds (deadline, claim date, claimant, quantity, citation). The builders
// store them as they are written; the validators turn them into model values (Validation/WireValues.cs) and report
// what does not convert with its JSON path. `From` is the one model-to-wire mapping of each value.

/// <summary>A deadline as written.</summary>
internal sealed class DeadlineDto
{
    public required DeadlineKind Kind { get; init; }

    public LocalDate? Date { get; init; }

    public DateInterpretation? Interpretation { get; init; }

    public Instant? Instant { get; init; }

    public LocalDateTime? Local { get; init; }

    public Period? Period { get; init; }

    public DeadlineAnchor? Anchor { get; init; }

    public Period? Term { get; init; }

    public Period? Renewal { get; init; }

    public Period? Notice { get; init; }

    public static DeadlineDto From(Deadline deadline) => deadline switch
    {
        DateDeadline d => new DeadlineDto { Kind = DeadlineKind.Date, Date = d.Date, Interpretation = d.Interpretation },
        InstantDeadline i => new DeadlineDto { Kind = DeadlineKind.Instant, Instant = i.Instant },
        LocalDeadline l => new DeadlineDto { Kind = DeadlineKind.LocalDateTime, Local = l.Local },
        RelativeDeadline r => new DeadlineDto { Kind = DeadlineKind.Relative, Period = r.Period, Anchor = r.Anchor },
        RenewableTerm t => new DeadlineDto { Kind = DeadlineKind.RenewableTerm, Term = t.Term, Renewal = t.Renewal, Notice = t.Notice },
        _ => new DeadlineDto { Kind = DeadlineKind.None },
    };
}

/// <summary>A claim date as written.</summary>
internal sealed class ClaimDateDto
{
    public required DatePrecision Precision { get; init; }

    public Instant? Instant { get; init; }

    public LocalDate? First { get; init; }

    public LocalDate? Last { get; init; }

    /// <summary>Written only for <see cref="DateQuantifier.Throughout"/> (absent means <see cref="DateQuantifier.Within"/>).</summary>
    public DateQuantifier? Quantifier { get; init; }

    public static ClaimDateDto From(ClaimDate date) => date.Precision switch
    {
        DatePrecision.Instant => new ClaimDateDto { Precision = DatePrecision.Instant, Instant = date.Instant },
        DatePrecision.Day => new ClaimDateDto { Precision = DatePrecision.Day, First = date.First },
        _ => new ClaimDateDto { Precision = date.Precision, First = date.First, Last = date.Last, Quantifier = date.Quantifier == DateQuantifier.Throughout ? DateQuantifier.Throughout : null },
    };
}

/// <summary>A claimant as written.</summary>
internal sealed class ClaimantDto
{
    public required string Name { get; init; }

    public string? ActorId { get; init; }

    public string? Side { get; init; }

    public static ClaimantDto From(Claimant claimant) => new() { Name = claimant.Name, ActorId = claimant.ActorId, Side = claimant.Side };
}

/// <summary>A quantity as written.</summary>
internal sealed class QuantityDto
{
    public required decimal Value { get; init; }

    public required string Unit { get; init; }

    public static QuantityDto From(Quantity quantity) => new() { Value = quantity.Value, Unit = quantity.Unit };
}

/// <summary>A citation as written.</summary>
internal sealed class CitationDto
{
    public required string Source { get; init; }

    public required string Locator { get; init; }

    public static CitationDto From(Citation citation) => new() { Source = citation.Source, Locator = citation.Locator };

    public static List<CitationDto> From(ImmutableArray<Citation> citations)
    {
        var result = new List<CitationDto>(citations.Length);
        foreach (var c in citations)
        {
            result.Add(From(c));
        }

        return result;
    }
}

/// <summary>A condition as written.</summary>
internal sealed class ConditionDto
{
    public required ConditionKind Kind { get; init; }

    public required string Description { get; init; }

    public static ConditionDto From(Condition condition) => new() { Kind = condition.Kind, Description = condition.Description };
}

/// <summary>A cross-reference as written.</summary>
internal sealed class CrossReferenceDto
{
    public required string Catalogue { get; init; }

    public required string Id { get; init; }

    public string? Url { get; init; }

    public static CrossReferenceDto From(CrossReference reference) => new() { Catalogue = reference.Catalogue, Id = reference.Id, Url = reference.Url };
}

/// <summary>A deadline reading as written.</summary>
internal sealed class DeadlineReadingDto
{
    public required string ObligationId { get; init; }

    public required DeadlineDto Deadline { get; init; }

    public static DeadlineReadingDto From(DeadlineReading reading) => new() { ObligationId = reading.ObligationId, Deadline = DeadlineDto.From(reading.Deadline) };
}

/// <summary>A scope reading as written.</summary>
internal sealed class ScopeReadingDto
{
    public required string ObligationId { get; init; }

    public required List<string> PlaceIds { get; init; }

    public static ScopeReadingDto From(ScopeReading reading) => new() { ObligationId = reading.ObligationId, PlaceIds = [.. reading.PlaceIds] };
}

/// <summary>A place name as written.</summary>
internal sealed class PlaceNameDto
{
    public required string Name { get; init; }

    public required string Usage { get; init; }

    public static PlaceNameDto From(PlaceName name) => new() { Name = name.Name, Usage = name.Usage };
}

/// <summary>Actor roles as written: a list of names.</summary>
internal static class RoleNames
{
    public static readonly (ActorRoles Role, string Name)[] All =
    [
        (ActorRoles.Signatory, "signatory"),
        (ActorRoles.Party, "party"),
        (ActorRoles.Guarantor, "guarantor"),
        (ActorRoles.ImplementingBody, "implementingBody"),
        (ActorRoles.SupervisingBody, "supervisingBody"),
        (ActorRoles.NonSignatoryAgreed, "nonSignatoryAgreed"),
    ];

    /// <summary>Every role that has a name.</summary>
    public const ActorRoles Defined = ActorRoles.Signatory | ActorRoles.Party | ActorRoles.Guarantor | ActorRoles.ImplementingBody
        | ActorRoles.SupervisingBody | ActorRoles.NonSignatoryAgreed;

    /// <summary>Adds the names of the roles not yet listed, in the order of <see cref="All"/>.</summary>
    public static void Add(List<string> names, ActorRoles roles)
    {
        foreach (var (role, name) in All)
        {
            if ((roles & role) != 0 && !names.Contains(name))
            {
                names.Add(name);
            }
        }
    }
}
