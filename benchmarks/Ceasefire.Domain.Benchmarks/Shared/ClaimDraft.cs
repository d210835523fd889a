using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>A claim's values, drawn first and then given to a <see cref="ClaimBuilder"/> through its fluent calls.</summary>
internal sealed class ClaimDraft(string id)
{
    public string Id { get; } = id;

    public ClaimKind Kind { get; set; }

    public List<string> ObligationIds { get; } = [];

    public ClaimDate Date { get; set; } = null!;

    public ClaimDate? End { get; set; }

    public Claimant Claimant { get; set; } = null!;

    public string? ActorId { get; set; }

    public List<Citation> Sources { get; } = [];

    public LocalDate KnownOn { get; set; }

    public string Summary { get; set; } = string.Empty;

    public Quantity? Quantity { get; set; }

    public Deadline? NewDeadline { get; set; }

    public string? RequestedBy { get; set; }

    public List<string> AgreedBy { get; } = [];

    public TerminationReason? Reason { get; set; }

    public List<string> Contradicts { get; } = [];

    public void Apply(ClaimBuilder c)
    {
        string[] ids = [.. ObligationIds];
        _ = Kind switch
        {
            ClaimKind.Performed => c.Performed(ids),
            ClaimKind.PartlyPerformed => c.PartlyPerformed(ids[0], Quantity),
            ClaimKind.Breached => c.Breached(ids),
            ClaimKind.BreachEnded => c.BreachEnded(ids),
            ClaimKind.DeadlineExtended => c.DeadlineExtended(ids[0], NewDeadline!),
            ClaimKind.ConditionMet => c.ConditionMet(ids),
            ClaimKind.NoticeGiven => c.NoticeGiven(ids[0]),
            ClaimKind.Terminated => c.Terminated(Reason!.Value, ids),
            ClaimKind.InForceAffirmed => c.StatementInForceAffirmed(),
            ClaimKind.Suspended => c.Suspended(ids),
            ClaimKind.Incident => c.Incident(ids),
            ClaimKind.ComplianceAttested => c.ComplianceAttested(ids),
            ClaimKind.ObsoleteAsserted => c.ObsoleteAsserted(),
            ClaimKind.Denied => c.Denied(ids),
            _ => throw new System.InvalidOperationException(string.Concat("no builder method for the kind ", Kind.ToString())),
        };
        c.When(Date).AssertedBy(Claimant.Name, Claimant.ActorId, Claimant.Side).KnownOn(KnownOn).Saying(Summary)
            .AgreedBy([.. AgreedBy]).Contradicts([.. Contradicts]);
        if (End is not null)
        {
            c.Until(End);
        }

        if (ActorId is not null)
        {
            c.ActedBy(ActorId);
        }

        if (RequestedBy is not null)
        {
            c.RequestedBy(RequestedBy);
        }

        foreach (var source in Sources)
        {
            c.Source(source.Source, source.Locator);
        }
    }
}
