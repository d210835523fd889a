using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;

#pragma warning disable CA1002 // Internal state: List<T> keeps it simple for the validators and the JSON layer.
#pragma warning disable CA2227 // The JSON layer sets the lists when reading.

namespace Ceasefire.Domain;

// What the builders hold, and the JSON shape of a statement: the fluent builders write it, the JSON layer writes it
// (from ModelToState) and reads it, and StatementValidator builds the model from it either way. Names follow the JSON
// format, so a problem's path (`$.articles[0].obligations[1].deadline`) is the same for a builder and for a document.
// Property order is the order written; [JsonRequired] marks what a document must have; [JsonIgnore] marks what only a
// builder holds. A required value a builder may leave unset stays null ([DisallowNull]: a document may not write null)
// or keeps a "was set" flag. A list a document may omit or write as null reads as empty ([AllowNull]). Values are held
// as written (Builders/WireValues.cs); the validator converts them. A claim's state is in ClaimState.cs.

/// <summary>The state of a <see cref="StatementBuilder"/> (not sealed: the JSON document adds its schema version).</summary>
internal class StatementState
{
    [JsonRequired]
    [DisallowNull]
    public string? Title { get; set; }

    [JsonRequired]
    public LocalDate SignedOn
    {
        get;
        set
        {
            field = value;
            HasSignedOn = true;
        }
    }

    /// <summary>A TZDB zone id, resolved when building; <see cref="TimeZone"/> wins over it.</summary>
    [JsonRequired]
    [JsonPropertyName("timeZone")]
    [DisallowNull]
    public string? TimeZoneId { get; set; }

    /// <summary>The effective instant, when <see cref="HasEffectiveInstant"/>; wins over <see cref="EffectiveLocal"/>.</summary>
    [JsonRequired]
    [JsonPropertyName("effectiveFrom")]
    public Instant EffectiveInstant
    {
        get;
        set
        {
            field = value;
            HasEffectiveInstant = true;
        }
    }

    [AllowNull]
    public List<ActorState> Actors { get; set => field = value ?? []; } = [];

    [JsonRequired]
    public List<ArticleState> Articles { get; set; } = [];

    [AllowNull]
    public List<CitationDto> Sources { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<CrossReferenceDto> CrossReferences { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<PlaceState> Places { get; set => field = value ?? []; } = [];

    /// <summary>The zone given as an object (a builder's); wins over <see cref="TimeZoneId"/>.</summary>
    [JsonIgnore]
    public DateTimeZone? TimeZone { get; set; }

    [JsonIgnore]
    public bool HasSignedOn { get; set; }

    [JsonIgnore]
    public bool HasEffectiveInstant { get; set; }

    /// <summary>The effective instant as a local date and time in the statement's zone (a builder's).</summary>
    [JsonIgnore]
    public LocalDateTime? EffectiveLocal { get; set; }

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();
}

/// <summary>The state of an <see cref="ActorBuilder"/>.</summary>
internal sealed class ActorState
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    public string Name { get; set; } = string.Empty;

    /// <summary>The role names (<see cref="RoleNames"/>).</summary>
    [AllowNull]
    public List<string> Roles { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<string> Aliases { get; set => field = value ?? []; } = [];

    public string? ParentId { get; set; }

    public string? Description { get; set; }

    /// <summary>Role flags a builder was given that have no name (reported when building).</summary>
    [JsonIgnore]
    public ActorRoles UndefinedRoles { get; set; }

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();
}

/// <summary>The state of an <see cref="ArticleBuilder"/>.</summary>
internal sealed class ArticleState
{
    [JsonRequired]
    public int Number { get; set; }

    [JsonRequired]
    public string Text { get; set; } = string.Empty;

    [AllowNull]
    public List<TextVariantState> Variants { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<ObligationState> Obligations { get; set => field = value ?? []; } = [];
}

/// <summary>The state of a <see cref="TextVariantBuilder"/>.</summary>
internal sealed class TextVariantState
{
    [JsonRequired]
    public string Label { get; set; } = string.Empty;

    [JsonRequired]
    public string Text { get; set; } = string.Empty;

    public string? Language { get; set; }

    [JsonRequired]
    public List<CitationDto> Sources { get; set; } = [];

    [AllowNull]
    public List<DeadlineReadingDto> DeadlineReadings { get; set => field = value ?? []; } = [];

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();
}

/// <summary>The state of an <see cref="ObligationBuilder"/>.</summary>
internal sealed class ObligationState
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [AllowNull]
    public List<string> Obligors { get; set => field = value ?? []; } = [];

    /// <summary>True, or null (not written) when the obligor is named.</summary>
    public bool? ObligorUnnamed { get; set; }

    [AllowNull]
    public List<string> Beneficiaries { get; set => field = value ?? []; } = [];

    [JsonRequired]
    public DeonticKind DeonticKind { get; set; } = DeonticKind.Obligation;

    [JsonRequired]
    public PerformanceKind PerformanceKind { get; set; } = PerformanceKind.OneOff;

    /// <summary>Null (not written) for no deadline.</summary>
    public DeadlineDto? Deadline { get; set; }

    public ConditionDto? Condition { get; set; }

    [JsonRequired]
    [DisallowNull]
    public string? Description { get; set; }

    [JsonRequired]
    [DisallowNull]
    public string? Basis { get; set; }

    [AllowNull]
    public List<QuantityDto> Quantities { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<string> InParallelWith { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<string> PlaceIds { get; set => field = value ?? []; } = [];

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();
}

/// <summary>The state of a <see cref="PlaceBuilder"/>.</summary>
internal sealed class PlaceState
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    public string Name { get; set; } = string.Empty;

    [JsonRequired]
    public string NameUsage { get; set; } = "primary text";

    [AllowNull]
    public List<PlaceNameDto> Aliases { get; set => field = value ?? []; } = [];

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();
}
