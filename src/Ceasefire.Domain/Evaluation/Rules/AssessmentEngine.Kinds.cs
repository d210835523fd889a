using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>The rules for each kind of obligation: one-off, partial progress, continuous, and renewable terms ended by notice.</summary>
internal sealed partial class AssessmentEngine
{
    private Decision OneOff(Decision d, CompiledClaim? performed, List<CompiledClaim> partial, Instant asOf)
    {
        if (performed is not null)
        {
            d.Use(performed.Claim, ClaimRole.Performance);
            var when = string.Concat(performed.Claim.Date.ToString(), ", per ", performed.Claim.Claimant.Name);
            if (d.Due is not { } due)
            {
                d.Timeliness = Timeliness.NotApplicable;
                return d.Decide(ObligationStatus.Fulfilled, RuleIds.OneOff, string.Concat("Performed on ", when, "; no deadline."));
            }

            if (performed.End <= due)
            {
                d.Timeliness = Timeliness.OnTime;
                return d.Decide(ObligationStatus.Fulfilled, RuleIds.OneOff, string.Concat("Performed on ", when, ", before the due instant ", Text.Iso(due), "."));
            }

            if (performed.Start >= due)
            {
                d.Timeliness = Timeliness.Late;
                return d.Decide(ObligationStatus.FulfilledLate, RuleIds.OneOff, string.Concat("Performed late on ", when, ", after the due instant ", Text.Iso(due), "."));
            }

            d.Timeliness = Timeliness.Uncertain;
            return d.Decide(ObligationStatus.Fulfilled, RuleIds.OneOff, string.Concat("Performed on ", when, "; timeliness uncertain: that date range straddles the due instant ", Text.Iso(due), "."));
        }

        if (d.Breaches.Count > 0)
        {
            return ContinuousStatus(d, RuleIds.OneOff);
        }

        if (partial.Count > 0)
        {
            var result = Partial(d, partial, RuleIds.OneOff);
            if (d.Due is { } partDue && asOf >= partDue)
            {
                d.Sentences.Add(string.Concat("The due instant ", Text.Iso(partDue), " has passed."));
            }

            return result;
        }

        if (d.Due is { } dueNow && asOf >= dueNow)
        {
            return d.Decide(ObligationStatus.Overdue, RuleIds.OneOff, string.Concat("Overdue: due before ", Text.InZone(dueNow, _statement.TimeZone), " (", Text.Iso(dueNow), "); no counted claim records performance."));
        }

        return d.Decide(ObligationStatus.Pending, RuleIds.OneOff, d.Due is { } upcoming
            ? string.Concat("Pending: due before ", Text.InZone(upcoming, _statement.TimeZone), " (", Text.Iso(upcoming), "); nothing recorded yet.")
            : "Pending: the text sets no deadline and no counted claim records performance.");
    }

    private static Decision Partial(Decision d, List<CompiledClaim> partial, string ruleId)
    {
        foreach (var p in partial)
        {
            d.Use(p.Claim, ClaimRole.Progress);
        }

        var last = partial[^1].Claim;
        return d.Decide(ObligationStatus.PartiallyFulfilled, ruleId, string.Concat("Partly performed: ", Text.Number(partial.Count),
            partial.Count == 1 ? " record of progress" : " records of progress", ", the latest on ", last.Date.ToString(), " per ", last.Claimant.Name, "."));
    }

    private static Decision ContinuousStatus(Decision d, string ruleId)
    {
        if (d.Breaches.Count == 0)
        {
            return d.Decide(ObligationStatus.Upheld, ruleId, "Upheld: in force, and no counted claim records a breach.");
        }

        var ongoing = 0;
        foreach (var b in d.Breaches)
        {
            d.Use(b.Claim, ClaimRole.Breach);
            if (b.EndedBy is not null && !ReferenceEquals(b.EndedBy, b.Claim))
            {
                d.Use(b.EndedBy, ClaimRole.BreachEnded);
            }

            if (b.IsOngoing)
            {
                ongoing++;
            }
        }

        var latest = d.Breaches[^1];
        var by = latest.BreachingActorId is null ? string.Empty : string.Concat(" by ", latest.BreachingActorId);
        return d.Decide(ObligationStatus.Breached, ruleId, string.Concat("Breached: ", Text.Number(d.Breaches.Count), d.Breaches.Count == 1 ? " breach" : " breaches",
            " recorded, ", ongoing > 0 ? string.Concat(Text.Number(ongoing), " ongoing") : "none ongoing", "; the latest", by, " from ", latest.Start.ToString(),
            ", per ", latest.According.Name, "."));
    }

    private bool TryTermEnded(RenewableTerm term, List<CompiledClaim> counted, Instant asOf, Decision d)
    {
        foreach (var c in counted)
        {
            if (c.Claim.Kind != ClaimKind.NoticeGiven)
            {
                continue;
            }

            var period = term.TermContaining(c.Start, _context);
            if (period is null)
            {
                d.SetAside.Add(new SetAsideClaim(c.Claim, SetAsideReason.NotRelevant, "a notice dated before the term started"));
                continue;
            }

            if (c.AppliesAt > period.NoticeCutoff)
            {
                d.SetAside.Add(new SetAsideClaim(c.Claim, SetAsideReason.NoticeTooLate, string.Concat(
                    "notice dated ", c.Claim.Date.ToString(), " is not certainly at or before the cut-off ", Text.InZone(period.NoticeCutoff, _statement.TimeZone),
                    " of term ", Text.Number(period.Number), ", so that term renews")));
                continue;
            }

            d.Use(c.Claim, ClaimRole.NoticeInTime);
            if (asOf >= period.End)
            {
                d.Term = period;
                d.TerminationReason = TerminationReason.NoticeAndExpiry;
                d.Decide(ObligationStatus.Terminated, RuleIds.Term, string.Concat("Terminated: notice given on ", c.Claim.Date.ToString(), " by ", c.Claim.ActorId ?? "an unnamed actor",
                    ", before the cut-off ", Text.InZone(period.NoticeCutoff, _statement.TimeZone), "; term ", Text.Number(period.Number), " expired at ",
                    Text.InZone(period.End, _statement.TimeZone), "."));
                return true;
            }

            d.Sentences.Add(string.Concat("Notice given in time on ", c.Claim.Date.ToString(), ": the term ends at ", Text.InZone(period.End, _statement.TimeZone), " and will not renew."));
        }

        return false;
    }
}
