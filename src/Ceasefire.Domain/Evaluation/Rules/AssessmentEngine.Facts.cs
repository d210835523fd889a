using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>The facts every rule reads: the due instant in force (after agreed extensions) and the breaches recorded.</summary>
internal sealed partial class AssessmentEngine
{
    private void ResolveDeadline(ObligationIndex index, List<CompiledClaim> counted, CompiledClaim? conditionMet, Decision d)
    {
        var deadline = index.Obligation.Deadline;
        if (deadline is NoDeadline or RenewableTerm)
        {
            d.DeadlineReading = deadline is RenewableTerm ? deadline.Explain(_context) : null;
            return;
        }

        var context = _context.WithConditionMetAt(conditionMet?.Start);
        var due = deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet } ? deadline.DueInstant(context) : index.BaseDue;
        var reading = deadline.Explain(context);
        foreach (var c in counted)
        {
            if (c.Claim.Kind != ClaimKind.DeadlineExtended || c.Claim.NewDeadline is null)
            {
                continue;
            }

            var missing = c.Claim.BeneficiariesNotAgreeing(index.Obligation);
            if (missing.Count > 0)
            {
                d.SetAside.Add(new SetAsideClaim(c.Claim, SetAsideReason.ExtensionNotAgreed, string.Concat("the extension is not recorded as agreed by the beneficiary ", string.Join(", ", missing))));
                continue;
            }

            var next = c.Claim.NewDeadline.DueInstant(context);
            if (next is { } n && (due is not { } current || n > current))
            {
                var wasDue = due;
                due = n;
                d.Use(c.Claim, ClaimRole.Extension);
                reading = string.Concat(reading, " Extended on ", c.Claim.Date.ToString(), c.Claim.RequestedBy is null ? string.Empty : string.Concat(" at the request of ", c.Claim.RequestedBy),
                    ", agreed by ", c.Claim.AgreedBy.IsEmpty ? "(not recorded)" : string.Join(", ", c.Claim.AgreedBy), " (per ", c.Claim.Claimant.Name, "): ",
                    c.Claim.NewDeadline.Explain(context),
                    wasDue is { } w && c.AppliesAt >= w ? " The extension was agreed after the original deadline had passed." : string.Empty);
            }
        }

        d.Due = due;
        d.DeadlineReading = reading;
        d.Sentences.Add(string.Concat("Deadline: ", reading));
    }

    private static void CollectBreaches(List<CompiledClaim> counted, Instant asOf, Decision d)
    {
        foreach (var c in counted)
        {
            if (c.Claim.Kind != ClaimKind.Breached)
            {
                continue;
            }

            ClaimDate? endedAt = null;
            Claim? endedBy = null;
            if (c.EndAppliesAt is { } end && end <= asOf)
            {
                endedAt = c.Claim.End;
                endedBy = c.Claim;
            }
            else
            {
                foreach (var e in counted)
                {
                    if (e.Claim.Kind == ClaimKind.BreachEnded && e.Start >= c.Start
                        && (e.Claim.ActorId is null || c.Claim.ActorId is null || e.Claim.ActorId == c.Claim.ActorId))
                    {
                        endedAt = e.Claim.Date;
                        endedBy = e.Claim;
                        break;
                    }
                }
            }

            d.Breaches.Add(new BreachRecord(c.Claim, c.Claim.ActorId, c.Claim.Date, endedAt, endedBy, endedBy is null));
        }
    }
}
