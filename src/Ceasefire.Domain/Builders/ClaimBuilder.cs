using System;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// A mutable description of a <see cref="Claim"/>, used inside <see cref="TimelineBuilder"/>. Reads like the
/// evidence: <c>c.Performed("a2-aghdam-return").On(new LocalDate(2020, 11, 20)).ActedBy("ARM").AssertedBy("...")</c>.
/// </summary>
public sealed class ClaimBuilder
{
    /// <summary>Creates a builder.</summary>
    /// <param name="id">The claim's id, unique in the timeline.</param>
    public ClaimBuilder(string id) => Id = id;

    /// <summary>The claim's id.</summary>
    public string Id { get; set; }

    /// <summary>What the claim says happened; required.</summary>
    public ClaimKind? Kind { get; set; }

    /// <summary>The obligations concerned; empty for a claim about the statement itself.</summary>
    public IList<string> ObligationIds { get; } = new List<string>();

    /// <summary>When it happened; required.</summary>
    public ClaimDate? Date { get; set; }

    /// <summary>For a breach or suspension, when it ended.</summary>
    public ClaimDate? End { get; set; }

    /// <summary>Who asserts it; required.</summary>
    public Claimant? Claimant { get; set; }

    /// <summary>The actor said to have acted.</summary>
    public string? ActorId { get; set; }

    /// <summary>The sources; at least one.</summary>
    public IList<Citation> Sources { get; } = new List<Citation>();

    /// <summary>When it became known; required.</summary>
    public LocalDate? KnownOn { get; set; }

    /// <summary>A neutral summary; required.</summary>
    public string? Summary { get; set; }

    /// <summary>For partial performance, how much.</summary>
    public Quantity? Quantity { get; set; }

    /// <summary>For an extension, the new deadline.</summary>
    public Deadline? NewDeadline { get; set; }

    /// <summary>For an extension, who asked.</summary>
    public string? RequestedBy { get; set; }

    /// <summary>For an extension or agreement, who agreed.</summary>
    public IList<string> AgreedBy { get; } = new List<string>();

    /// <summary>For a termination, why.</summary>
    public TerminationReason? Reason { get; set; }

    /// <summary>Ids of claims this one contradicts.</summary>
    public IList<string> Contradicts { get; } = new List<string>();

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
        Quantity = quantity;
        return Of(ClaimKind.PartlyPerformed, [obligationId]);
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
        NewDeadline = newDeadline;
        return Of(ClaimKind.DeadlineExtended, [obligationId]);
    }

    /// <summary>The obligations' condition was met.</summary>
    /// <param name="obligationIds">The obligations.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder ConditionMet(params string[] obligationIds) => Of(ClaimKind.ConditionMet, obligationIds);

    /// <summary>Notice not to renew a term was given (set who gave it with <see cref="ActedBy"/>).</summary>
    /// <param name="obligationId">The term obligation.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder NoticeGiven(string obligationId) => Of(ClaimKind.NoticeGiven, [obligationId]);

    /// <summary>The obligations (or, with none, the statement itself) ended.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="obligationIds">The obligations; none for the statement.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Terminated(TerminationReason reason, params string[] obligationIds)
    {
        Reason = reason;
        return Of(ClaimKind.Terminated, obligationIds);
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
    /// <returns>This builder; add the denied claims with <see cref="ContradictingClaims"/>.</returns>
    public ClaimBuilder Denied(params string[] obligationIds) => Of(ClaimKind.Denied, obligationIds);

    /// <summary>It happened at an exact instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder At(Instant instant) => When(ClaimDate.At(instant));

    /// <summary>It happened on a day (in the statement's zone).</summary>
    /// <param name="day">The day.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder On(LocalDate day) => When(ClaimDate.On(day));

    /// <summary>It happened at some time in a month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder InMonth(int year, int month) => When(ClaimDate.InMonth(year, month));

    /// <summary>It happened at some time in a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder InYear(int year) => When(ClaimDate.InYear(year));

    /// <summary>It happened at some time in a range of days (both inclusive).</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Between(LocalDate first, LocalDate last) => When(ClaimDate.Between(first, last));

    /// <summary>Sets when it happened.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder When(ClaimDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        Date = date;
        return this;
    }

    /// <summary>For a breach or suspension, when it ended.</summary>
    /// <param name="end">The end date.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Until(ClaimDate end)
    {
        ArgumentNullException.ThrowIfNull(end);
        End = end;
        return this;
    }

    /// <summary>Sets who is said to have acted.</summary>
    /// <param name="actorId">The actor id.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder ActedBy(string actorId)
    {
        ActorId = actorId;
        return this;
    }

    /// <summary>Sets who asserts the claim.</summary>
    /// <param name="name">The claimant's name.</param>
    /// <param name="actorId">The actor it speaks for officially, if any.</param>
    /// <param name="side">The actor whose view it gives, if any.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder AssertedBy(string name, string? actorId = null, string? side = null)
    {
        Claimant = new Claimant(name, actorId, side);
        return this;
    }

    /// <summary>Adds a source.</summary>
    /// <param name="source">The document (file name or URL).</param>
    /// <param name="locator">A short quotation or paraphrase locating the claim in it.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Source(string source, string locator)
    {
        Sources.Add(new Citation(source, locator));
        return this;
    }

    /// <summary>Sets when the claim became known (the source's publication date).</summary>
    /// <param name="day">The day.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Known(LocalDate day)
    {
        KnownOn = day;
        return this;
    }

    /// <summary>Sets the neutral summary.</summary>
    /// <param name="summary">One sentence.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder Saying(string summary)
    {
        Summary = summary;
        return this;
    }

    /// <summary>For an extension, who asked for it.</summary>
    /// <param name="actorId">The actor id.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder RequestedByActor(string actorId)
    {
        RequestedBy = actorId;
        return this;
    }

    /// <summary>For an extension or agreement, who agreed.</summary>
    /// <param name="actorIds">The actor ids.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder AgreedByActors(params string[] actorIds)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        foreach (var id in actorIds)
        {
            AgreedBy.Add(id);
        }

        return this;
    }

    /// <summary>Adds claims this one contradicts.</summary>
    /// <param name="claimIds">The claim ids.</param>
    /// <returns>This builder.</returns>
    public ClaimBuilder ContradictingClaims(params string[] claimIds)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        foreach (var id in claimIds)
        {
            Contradicts.Add(id);
        }

        return this;
    }

    private ClaimBuilder Of(ClaimKind kind, string[] obligationIds)
    {
        ArgumentNullException.ThrowIfNull(obligationIds);
        Kind = kind;
        foreach (var id in obligationIds)
        {
            ObligationIds.Add(id);
        }

        return this;
    }
}
