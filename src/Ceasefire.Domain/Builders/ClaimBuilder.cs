using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System;
using Ardalis.GuardClauses;
using NodaTime;

#pragma warning disable CA1002 // Internal state: List<T> keeps it simple for the validators and the JSON layer.
#pragma warning disable CA2227 // The JSON layer sets the lists when reading.

namespace Ceasefire.Domain;

/// <summary>
/// Describes a <see cref="Claim"/> inside <see cref="TimelineBuilder.Claim"/>. Reads like the evidence:
/// <c>c.Performed("a2-aghdam-return").On(new LocalDate(2020, 11, 20)).ActedBy("ARM").AssertedBy("...")</c>.
/// What is claimed (the kind), when, the end, who acted, who asserts it, when it became known, the summary, the
/// quantity, the new deadline, the requester and the reason are each set once: a second setting is reported by
/// <see cref="TimelineBuilder.Build"/> (as contradictory when the kind differs, otherwise as set twice).
/// </summary>
/// <threadsafety>Not thread-safe: use a builder from one thread at a time. What it builds is immutable and thread-safe.</threadsafety>
public sealed class ClaimBuilder
{
    internal ClaimState State { get; }

    internal ClaimBuilder(ClaimState state) => State = state;

    /// <summary>The obligations were performed in full.</summary>
    /// <param name="obligationIds">The obligations.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Performed(params string[] obligationIds) => Of(ClaimKind.Performed, obligationIds);

    /// <summary>The obligation was partly performed.</summary>
    /// <param name="obligationId">The obligation.</param>
    /// <param name="quantity">How much, where known.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder PartlyPerformed(string obligationId, Quantity? quantity = null)
    {
        Of(ClaimKind.PartlyPerformed, [Guard.Against.Null(obligationId)]);
        if (quantity is not null && State.Calls.First("quantity", "the quantity"))
        {
            State.Quantity = QuantityDto.From(quantity);
        }

        return this;
    }

    /// <summary>The obligations were breached from the claim's date.</summary>
    /// <param name="obligationIds">The obligations.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Breached(params string[] obligationIds) => Of(ClaimKind.Breached, obligationIds);

    /// <summary>An ongoing breach of the obligations ended at the claim's date.</summary>
    /// <param name="obligationIds">The obligations.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder BreachEnded(params string[] obligationIds) => Of(ClaimKind.BreachEnded, obligationIds);

    /// <summary>The obligation's deadline was extended.</summary>
    /// <param name="obligationId">The obligation.</param>
    /// <param name="newDeadline">The new deadline.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder DeadlineExtended(string obligationId, Deadline newDeadline)
    {
        Guard.Against.Null(newDeadline);
        Of(ClaimKind.DeadlineExtended, [Guard.Against.Null(obligationId)]);
        State.NewDeadline = State.Calls.Once("newDeadline", "the new deadline", State.NewDeadline, DeadlineDto.From(newDeadline));
        return this;
    }

    /// <summary>The obligations' condition was met.</summary>
    /// <param name="obligationIds">The obligations.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder ConditionMet(params string[] obligationIds) => Of(ClaimKind.ConditionMet, obligationIds);

    /// <summary>Notice not to renew a term was given (set who gave it with <see cref="ActedBy"/>).</summary>
    /// <param name="obligationId">The term obligation.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder NoticeGiven(string obligationId) => Of(ClaimKind.NoticeGiven, [Guard.Against.Null(obligationId)]);

    /// <summary>The obligations (or, with none, the statement itself) ended.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="obligationIds">The obligations; none for the statement.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Terminated(TerminationReason reason, params string[] obligationIds)
    {
        Of(ClaimKind.Terminated, obligationIds);
        State.Reason = State.Calls.Once("reason", "the reason", State.Reason, reason);
        return this;
    }

    /// <summary>The statement is affirmed to remain in force.</summary>
    /// <returns>This builder.</returns>
    public ClaimBuilder StatementInForceAffirmed() => Of(ClaimKind.InForceAffirmed, []);

    /// <summary>The obligations were suspended from the claim's date.</summary>
    /// <param name="obligationIds">The obligations.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Suspended(params string[] obligationIds) => Of(ClaimKind.Suspended, obligationIds);

    /// <summary>A breach of the obligations bounded by the claim's own date (a clash, a shelling): never ongoing.</summary>
    /// <param name="obligationIds">The obligations.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Incident(params string[] obligationIds) => Of(ClaimKind.Incident, obligationIds);

    /// <summary>The obligations were observed being kept over the claim's date (to its end date, when set with <see cref="Until"/>).</summary>
    /// <param name="obligationIds">The obligations.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder ComplianceAttested(params string[] obligationIds) => Of(ClaimKind.ComplianceAttested, obligationIds);

    /// <summary>The claimant's position that the statement no longer applies (a position, not a termination).</summary>
    /// <returns>This builder.</returns>
    public ClaimBuilder ObsoleteAsserted() => Of(ClaimKind.ObsoleteAsserted, []);

    /// <summary>It held over the whole of a range of days (a state), both inclusive.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Throughout(LocalDate first, LocalDate last) => When(ClaimDate.Range(first, last, DateQuantifier.Throughout));

    /// <summary>Denies other claims about the obligations.</summary>
    /// <param name="obligationIds">The obligations the denied claims concern.</param>
    /// <returns>This builder; name the denied claims with <see cref="Contradicts"/>.</returns>
    public ClaimBuilder Denied(params string[] obligationIds) => Of(ClaimKind.Denied, obligationIds);

    /// <summary>It happened at an exact instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder At(Instant instant) => Date(() => ClaimDate.At(instant));

    /// <summary>It happened on a day (in the statement's zone).</summary>
    /// <param name="day">The day.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder On(LocalDate day) => Date(() => ClaimDate.On(day));

    /// <summary>It happened at some time in a month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1-12.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder InMonth(int year, int month) => Date(() => ClaimDate.InMonth(year, month));

    /// <summary>It happened at some time in a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder InYear(int year) => Date(() => ClaimDate.InYear(year));

    /// <summary>It happened at some time in a range of days (both inclusive).</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Between(LocalDate first, LocalDate last) => Date(() => ClaimDate.Between(first, last));

    /// <summary>Sets when it happened.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder When(ClaimDate date)
    {
        Guard.Against.Null(date);
        return Date(() => date);
    }

    /// <summary>For a breach or suspension, when it ended.</summary>
    /// <param name="end">The end date.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Until(ClaimDate end)
    {
        Guard.Against.Null(end);
        State.End = State.Calls.Once("end", "the end", State.End, ClaimDateDto.From(end));
        return this;
    }

    /// <summary>Sets who is said to have acted.</summary>
    /// <param name="actorId">The actor id.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder ActedBy(string actorId)
    {
        Guard.Against.Null(actorId);
        State.ActorId = State.Calls.Once("actorId", "the acting actor", State.ActorId, actorId);
        return this;
    }

    /// <summary>Sets who asserts the claim.</summary>
    /// <param name="name">The claimant's name.</param>
    /// <param name="actorId">The actor it speaks for officially, if any.</param>
    /// <param name="side">The actor whose view it gives, if any.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder AssertedBy(string name, string? actorId = null, string? side = null)
    {
        Guard.Against.Null(name);
        if (State.Calls.First("claimant", "who asserts the claim") && State.Calls.Create("claimant", () => new Claimant(name, actorId, side)) is { } claimant)
        {
            State.Claimant = ClaimantDto.From(claimant);
        }

        return this;
    }

    /// <summary>Adds a source (at least one is required).</summary>
    /// <param name="source">The document (file name or URL).</param>
    /// <param name="locator">A short quotation or paraphrase locating the claim in it.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Source(string source, string locator)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(locator);
        State.Sources.AddCreated(State.Calls, "sources", () => CitationDto.From(new Citation(source, locator)));
        return this;
    }

    /// <summary>Sets when the claim became known (the source's publication date).</summary>
    /// <param name="day">The day.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder KnownOn(LocalDate day)
    {
        State.KnownOn = State.Calls.Once("knownOn", "when the claim became known", State.KnownOn, day);
        return this;
    }

    /// <summary>Sets the neutral summary.</summary>
    /// <param name="summary">One sentence.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Saying(string summary)
    {
        Guard.Against.Null(summary);
        State.Summary = State.Calls.Once("summary", "the summary", State.Summary, summary);
        return this;
    }

    /// <summary>For an extension, who asked for it.</summary>
    /// <param name="actorId">The actor id.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder RequestedBy(string actorId)
    {
        Guard.Against.Null(actorId);
        State.RequestedBy = State.Calls.Once("requestedBy", "the requesting actor", State.RequestedBy, actorId);
        return this;
    }

    /// <summary>For an extension or agreement, adds who agreed.</summary>
    /// <param name="actorIds">The actor ids.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder AgreedBy(params string[] actorIds)
    {
        (State.AgreedBy ??= []).AddRange(Guard.Against.Null(actorIds));
        return this;
    }

    /// <summary>Adds the places (ids of the statement's places) where the claimed event happened.</summary>
    /// <param name="placeIds">The place ids.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Concerning(params string[] placeIds)
    {
        (State.PlaceIds ??= []).AddRange(Guard.Against.Null(placeIds));
        return this;
    }

    /// <summary>Adds claims this one contradicts.</summary>
    /// <param name="claimIds">The claim ids.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Contradicts(params string[] claimIds)
    {
        (State.Contradicts ??= []).AddRange(Guard.Against.Null(claimIds));
        return this;
    }

    private ClaimBuilder Of(ClaimKind kind, string[] obligationIds)
    {
        Guard.Against.Null(obligationIds);
        if (State.Calls.Choose("kind", "what is claimed", kind.ToString()))
        {
            State.Kind = kind;
        }

        State.ObligationIds.AddRange(obligationIds);
        return this;
    }

    private ClaimBuilder Date(Func<ClaimDate> create)
    {
        if (State.Calls.First("date", "when it happened") && State.Calls.Create("date", create) is { } date)
        {
            State.Date = ClaimDateDto.From(date);
        }

        return this;
    }
}

/// <summary>
/// The state of a <see cref="ClaimBuilder"/>, and a claim's JSON shape: the JSON layer writes it (from
/// <see cref="From"/>) and reads it, then <see cref="Validation.TimelineValidator"/> builds the claim from it
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

    /// <summary>Null when none (not written).</summary>
    public List<string>? PlaceIds { get; set; }

    /// <summary>Whether <see cref="Kind"/> was set.</summary>
    [JsonIgnore]
    public bool HasKind { get; private set; }

    /// <summary>Whether <see cref="KnownOn"/> was set.</summary>
    [JsonIgnore]
    public bool HasKnownOn { get; private set; }

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();

    /// <summary>The state of a built claim: for <see cref="Timeline.ToBuilder(Statement)"/> and for JSON writing.</summary>
    public static ClaimState From(Claim claim) => new()
    {
        Id = claim.Id,
        Kind = claim.Kind,
        ObligationIds = [.. claim.ObligationIds],
        Date = ClaimDateDto.From(claim.Date),
        End = claim.End is { } end ? ClaimDateDto.From(end) : null,
        Claimant = ClaimantDto.From(claim.Claimant),
        ActorId = claim.ActorId,
        Sources = CitationDto.From(claim.Sources),
        KnownOn = claim.KnownOn,
        Summary = claim.Summary,
        Quantity = claim.Quantity is { } quantity ? QuantityDto.From(quantity) : null,
        NewDeadline = claim.NewDeadline is { } deadline ? DeadlineDto.From(deadline) : null,
        RequestedBy = claim.RequestedBy,
        AgreedBy = claim.AgreedBy.IsEmpty ? null : [.. claim.AgreedBy],
        Reason = claim.Reason,
        Contradicts = claim.Contradicts.IsEmpty ? null : [.. claim.Contradicts],
        PlaceIds = claim.PlaceIds.IsEmpty ? null : [.. claim.PlaceIds],
    };
}
