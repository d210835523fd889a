using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;

#pragma warning disable CA1002 // Internal state: List<T> keeps it simple for the validators and the JSON layer.
#pragma warning disable CA2227 // The JSON layer sets the lists when reading.

namespace Ceasefire.Domain;

/// <summary>
/// The state of a <see cref="ClaimBuilder"/>, and a claim's JSON shape: the JSON layer writes it (from
/// <see cref="ModelToState"/>) and reads it, then <see cref="Validation.TimelineValidator"/> builds the claim from it
/// as it does for a builder. Property order is the order written; <c>[JsonRequired]</c> marks what a document must
/// have. Required values a builder may leave unset keep a "was set" flag (<see cref="HasKind"/>, <see cref="HasKnownOn"/>)
/// or stay null, so the validator reports them missing.
/// </summary>
internal sealed class ClaimState
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    public ClaimKind Kind
    {
        get;
        set
        {
            field = value;
            HasKind = true;
        }
    }

    [AllowNull]
    public List<string> ObligationIds { get; set => field = value ?? []; } = [];

    [JsonRequired]
    [DisallowNull]
    public ClaimDateDto? Date { get; set; }

    public ClaimDateDto? End { get; set; }

    [JsonRequired]
    [DisallowNull]
    public ClaimantDto? Claimant { get; set; }

    public string? ActorId { get; set; }

    [JsonRequired]
    public List<CitationDto> Sources { get; set; } = [];

    [JsonRequired]
    public LocalDate KnownOn
    {
        get;
        set
        {
            field = value;
            HasKnownOn = true;
        }
    }

    [JsonRequired]
    public string Summary { get; set; } = string.Empty;

    public QuantityDto? Quantity { get; set; }

    public DeadlineDto? NewDeadline { get; set; }

    public string? RequestedBy { get; set; }

    /// <summary>Null when none (not written).</summary>
    public List<string>? AgreedBy { get; set; }

    public TerminationReason? Reason { get; set; }

    /// <summary>Null when none (not written).</summary>
    public List<string>? Contradicts { get; set; }

    /// <summary>Whether <see cref="Kind"/> was set.</summary>
    [JsonIgnore]
    public bool HasKind { get; private set; }

    /// <summary>Whether <see cref="KnownOn"/> was set.</summary>
    [JsonIgnore]
    public bool HasKnownOn { get; private set; }

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();
}
