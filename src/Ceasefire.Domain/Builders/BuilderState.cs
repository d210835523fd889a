using System.Collections.Generic;
using NodaTime;

#pragma warning disable CA1002 // Internal state: List<T> keeps it simple for the validators and the JSON layer.

namespace Ceasefire.Domain;

// What the builders hold. The fluent builders write it; the validators (StatementValidator, TimelineValidator) read
// it and build the model; the JSON layer fills it when reading. Field names follow the JSON format, so a problem's
// path (`$.articles[0].obligations[1].deadline`) is the same for a builder and for a document.

/// <summary>The state of a <see cref="StatementBuilder"/>.</summary>
internal sealed class StatementState
{
    public string? Title { get; set; }

    public LocalDate? SignedOn { get; set; }

    /// <summary>The zone given as an object; wins over <see cref="TimeZoneId"/>.</summary>
    public DateTimeZone? TimeZone { get; set; }

    /// <summary>A TZDB zone id, resolved when building.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>The effective instant; wins over <see cref="EffectiveLocal"/>.</summary>
    public Instant? EffectiveInstant { get; set; }

    /// <summary>The effective instant as a local date and time in the statement's zone.</summary>
    public LocalDateTime? EffectiveLocal { get; set; }

    public List<ActorState> Actors { get; } = [];

    public List<ArticleState> Articles { get; } = [];

    public List<Citation> Sources { get; } = [];

    public List<CrossReference> CrossReferences { get; } = [];

    public List<PlaceState> Places { get; } = [];

    public CallLog Calls { get; set; } = new();
}

/// <summary>The state of an <see cref="ActorBuilder"/>.</summary>
internal sealed class ActorState
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public ActorRoles Roles { get; set; }

    public List<string> Aliases { get; } = [];

    public string? ParentId { get; set; }

    public string? Description { get; set; }

    public CallLog Calls { get; set; } = new();
}

/// <summary>The state of an <see cref="ArticleBuilder"/>.</summary>
internal sealed class ArticleState
{
    public int Number { get; set; }

    public string Text { get; set; } = string.Empty;

    public List<TextVariantState> Variants { get; } = [];

    public List<ObligationState> Obligations { get; } = [];
}

/// <summary>The state of a <see cref="TextVariantBuilder"/>.</summary>
internal sealed class TextVariantState
{
    public string Label { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string? Language { get; set; }

    public List<Citation> Sources { get; } = [];

    public List<DeadlineReading> DeadlineReadings { get; } = [];

    public CallLog Calls { get; set; } = new();
}

/// <summary>The state of an <see cref="ObligationBuilder"/>.</summary>
internal sealed class ObligationState
{
    public string Id { get; set; } = string.Empty;

    public List<string> Obligors { get; } = [];

    public bool ObligorUnnamed { get; set; }

    public List<string> Beneficiaries { get; } = [];

    public DeonticKind DeonticKind { get; set; } = DeonticKind.Obligation;

    public PerformanceKind PerformanceKind { get; set; } = PerformanceKind.OneOff;

    public Deadline Deadline { get; set; } = Deadline.None;

    public Condition? Condition { get; set; }

    public string? Description { get; set; }

    public string? Basis { get; set; }

    public List<Quantity> Quantities { get; } = [];

    public List<string> InParallelWith { get; } = [];

    public List<string> PlaceIds { get; } = [];

    public CallLog Calls { get; set; } = new();
}

/// <summary>The state of a <see cref="PlaceBuilder"/>.</summary>
internal sealed class PlaceState
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string NameUsage { get; set; } = "primary text";

    public List<PlaceName> Aliases { get; } = [];

    public CallLog Calls { get; set; } = new();
}
