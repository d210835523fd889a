using System;
using System.Linq;

namespace Ceasefire.Domain.Tabular;

/// <summary>Describes an existing <see cref="Claim"/> again to a <see cref="ClaimBuilder"/>, through the public builder only.</summary>
internal static class ClaimReplay
{
    public static void Describe(ClaimBuilder b, Claim c)
    {
        var ids = c.ObligationIds.ToArray();
        _ = c.Kind switch
        {
            ClaimKind.Performed => b.Performed(ids),
            ClaimKind.PartlyPerformed => b.PartlyPerformed(ids.FirstOrDefault() ?? string.Empty, c.Quantity),
            ClaimKind.Breached => b.Breached(ids),
            ClaimKind.BreachEnded => b.BreachEnded(ids),
            ClaimKind.DeadlineExtended => b.DeadlineExtended(ids.FirstOrDefault() ?? string.Empty, c.NewDeadline ?? Deadline.None),
            ClaimKind.ConditionMet => b.ConditionMet(ids),
            ClaimKind.NoticeGiven => b.NoticeGiven(ids.FirstOrDefault() ?? string.Empty),
            ClaimKind.Terminated => b.Terminated(c.Reason ?? TerminationReason.Agreement, ids),
            ClaimKind.InForceAffirmed => b.StatementInForceAffirmed(),
            ClaimKind.Suspended => b.Suspended(ids),
            ClaimKind.Denied => b.Denied(ids),
            ClaimKind.Incident => b.Incident(ids),
            ClaimKind.ComplianceAttested => b.ComplianceAttested(ids),
            ClaimKind.ObsoleteAsserted => b.ObsoleteAsserted(),
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Kind, "Unknown claim kind."),
        };
        b.When(c.Date);
        if (c.End is { } end)
        {
            b.Until(end);
        }

        if (c.ActorId is { } actor)
        {
            b.ActedBy(actor);
        }

        b.AssertedBy(c.Claimant.Name, c.Claimant.ActorId, c.Claimant.Side);
        foreach (var source in c.Sources)
        {
            b.Source(source.Source, source.Locator);
        }

        b.KnownOn(c.KnownOn).Saying(c.Summary);
        if (c.RequestedBy is { } requester)
        {
            b.RequestedBy(requester);
        }

        if (!c.AgreedBy.IsEmpty)
        {
            b.AgreedBy([.. c.AgreedBy]);
        }

        if (!c.Contradicts.IsEmpty)
        {
            b.Contradicts([.. c.Contradicts]);
        }

        if (!c.PlaceIds.IsEmpty)
        {
            b.Concerning([.. c.PlaceIds]);
        }
    }
}
