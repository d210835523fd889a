using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// The rule chain: one evaluator over the built-in rules (a switch over the obligation's kind and the claims that
/// count), with user rules slotted in after "not yet in force".
/// </summary>
internal sealed class AssessmentEngine
{
    private readonly Statement _statement;
    private readonly EvaluationOptions _options;
    private readonly DeadlineContext _context;
    private readonly CompiledClaim[] _statementClaims;

    public AssessmentEngine(Statement statement, EvaluationOptions options, CompiledClaim[] statementClaims)
    {
        _statement = statement;
        _options = options;
        _context = statement.DeadlineContext;
        _statementClaims = statementClaims;
    }

    private bool On(string ruleId) => !_options.DisabledBuiltInRules.Contains(ruleId);

    public (StatementStatus Status, string Reason, ImmutableArray<ClaimUse> Used) EvaluateStatement(Instant asOf, Perspective perspective)
    {
        if (asOf < _statement.EffectiveFrom)
        {
            return (StatementStatus.NotYetInForce, string.Concat("Before the effective instant ", Text.Iso(_statement.EffectiveFrom), "."), []);
        }

        // Each claimant's latest position counts: ended (a termination) or in force (an affirmation or a denial).
        var latest = new Dictionary<string, CompiledClaim>(StringComparer.Ordinal);
        foreach (var c in _statementClaims)
        {
            if (c.AppliesAt > asOf)
            {
                break;
            }

            if (!perspective.Includes(c.Claim, out _))
            {
                continue;
            }

            latest[c.Claim.Claimant.CountsFor ?? c.Claim.Claimant.Name] = c;
        }

        if (latest.Count == 0)
        {
            return (StatementStatus.InForce, "In force: no counted claim says otherwise.", []);
        }

        var ended = new List<CompiledClaim>();
        var inForce = new List<CompiledClaim>();
        foreach (var c in latest.Values)
        {
            (c.Claim.Kind == ClaimKind.Terminated ? ended : inForce).Add(c);
        }

        ended.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        inForce.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        var used = ImmutableArray.CreateBuilder<ClaimUse>();
        foreach (var c in ended)
        {
            used.Add(new ClaimUse(c.Claim, ClaimRole.StatementEnded));
        }

        foreach (var c in inForce)
        {
            used.Add(new ClaimUse(c.Claim, ClaimRole.StatementInForce));
        }

        if (ended.Count == 0)
        {
            return (StatementStatus.InForce, string.Concat("In force, as affirmed by ", Names(inForce), "."), used.ToImmutable());
        }

        if (inForce.Count == 0)
        {
            return (StatementStatus.Terminated, string.Concat("Ended (", ended[^1].Claim.Reason?.ToString() ?? "no reason given", "), per ", Names(ended), "."), used.ToImmutable());
        }

        return (StatementStatus.DisputedWhetherInForce, string.Concat("Disputed whether in force: ended per ", Names(ended), "; in force per ", Names(inForce), "."), used.ToImmutable());
    }

    private static string Names(List<CompiledClaim> claims)
    {
        var names = new List<string>(claims.Count);
        foreach (var c in claims)
        {
            names.Add(string.Concat(c.Claim.Claimant.Name, " (", c.Claim.Date.ToString(), ")"));
        }

        return string.Join(", ", names);
    }

    public Decision Assess(ObligationIndex index, Instant asOf, Perspective perspective, StatementStatus statementStatus, string? obligorFilter)
    {
        var decision = new Decision();
        var counted = new List<CompiledClaim>();
        foreach (var c in index.Claims)
        {
            if (!perspective.Includes(c.Claim, out var why))
            {
                decision.SetAside.Add(new SetAsideClaim(c.Claim, why, SetAsideText(why, c.Claim, perspective)));
            }
            else if (obligorFilter is not null && c.Claim.ActorId is not null && c.Claim.ActorId != obligorFilter)
            {
                continue;
            }
            else if (c.AppliesAt > asOf)
            {
                decision.SetAside.Add(new SetAsideClaim(c.Claim, SetAsideReason.NotYetHappened, c.Start > asOf
                    ? string.Concat("dated ", c.Claim.Date.ToString(), ", after the evaluation instant")
                    : string.Concat("dated ", c.Claim.Date.ToString(), ", a range that had not ended by the evaluation instant: it may not yet have happened")));
            }
            else
            {
                counted.Add(c);
            }
        }

        var obligation = index.Obligation;
        if (asOf < _statement.EffectiveFrom)
        {
            return decision.Decide(ObligationStatus.NotYetInForce, RuleIds.NotYetInForce,
                string.Concat("Not yet in force: the statement takes effect at ", Text.InZone(_statement.EffectiveFrom, _statement.TimeZone), " (", Text.Iso(_statement.EffectiveFrom), ")."));
        }

        if (_options.CustomRules.Length > 0)
        {
            var probe = Core(index, counted, asOf, new Decision());
            var claims = ImmutableArray.CreateBuilder<Claim>(counted.Count);
            foreach (var c in counted)
            {
                claims.Add(c.Claim);
            }

            var context = new RuleContext(_statement, obligation, asOf, perspective, claims.ToImmutable(), [.. probe.Breaches], probe.Due);
            foreach (var rule in _options.CustomRules)
            {
                if (rule.Decide(context) is { } custom)
                {
                    decision.Breaches.AddRange(probe.Breaches);
                    decision.Due = probe.Due;
                    decision.DeadlineReading = probe.DeadlineReading;
                    foreach (var c in counted)
                    {
                        decision.Use(c.Claim, ClaimRole.Counted);
                    }

                    return decision.Decide(custom.Status, rule.Id, custom.Reason);
                }
            }
        }

        if (statementStatus == StatementStatus.Terminated && On(RuleIds.StatementTerminated))
        {
            // Obligations already performed keep that status; everything still open ends with the statement.
            var before = Core(index, counted, asOf, new Decision());
            if (before.Status is not (ObligationStatus.Fulfilled or ObligationStatus.FulfilledLate or ObligationStatus.Terminated))
            {
                decision.TerminationReason = TerminationReason.Lapsed;
                return decision.Decide(ObligationStatus.Terminated, RuleIds.StatementTerminated, string.Concat(
                    "Terminated: under this perspective the statement itself has ended (see the statement's status); before that: ", before.Reason));
            }
        }

        if (On(RuleIds.Disputed) && TryDispute(index, counted, asOf, decision))
        {
            return decision;
        }

        return Core(index, counted, asOf, decision);
    }

    private bool TryDispute(ObligationIndex index, List<CompiledClaim> counted, Instant asOf, Decision decision)
    {
        foreach (var a in counted)
        {
            if (a.Claim.Contradicts.IsEmpty)
            {
                continue;
            }

            // a contradicts the claims it names: believe them (drop a) versus believe a (drop every counted claim it contradicts).
            var contradicted = new List<CompiledClaim>();
            foreach (var b in counted)
            {
                if (a.Claim.Contradicts.Contains(b.Claim.Id))
                {
                    contradicted.Add(b);
                }
            }

            if (contradicted.Count == 0)
            {
                continue;
            }

            // The opposing camp: a and every other counted claim that contradicts what a contradicts.
            var camp = new List<CompiledClaim>();
            foreach (var c in counted)
            {
                foreach (var b in contradicted)
                {
                    if (c.Claim.Contradicts.Contains(b.Claim.Id) || b.Claim.Contradicts.Contains(c.Claim.Id))
                    {
                        camp.Add(c);
                        break;
                    }
                }
            }

            var withOthers = Without(counted, camp);
            var withA = Without(counted, contradicted);
            var sideOthers = Core(index, withOthers, asOf, new Decision());
            var sideA = Core(index, withA, asOf, new Decision());
            var names = Describe(contradicted);
            if (sideA.Status == sideOthers.Status)
            {
                decision.Sentences.Add(string.Concat("Claim ", a.Claim.Id, " (", a.Claim.Claimant.Name, ") contradicts ", names,
                    ", but either way the status is ", sideA.Status.ToString(), "."));
                continue;
            }

            decision.Sides.Add(new DisputeSide(sideOthers.Status, Claims(contradicted)));
            decision.Sides.Add(new DisputeSide(sideA.Status, Claims(camp)));
            foreach (var b in contradicted)
            {
                decision.Use(b.Claim, ClaimRole.DisputeOneSide, sideOthers.Status);
            }

            foreach (var c in camp)
            {
                decision.Use(c.Claim, ClaimRole.DisputeOtherSide, sideA.Status);
            }
            decision.Due = sideOthers.Due;
            decision.DeadlineReading = sideOthers.DeadlineReading;
            decision.Breaches.AddRange(sideOthers.Breaches);
            decision.Decide(ObligationStatus.Disputed, RuleIds.Disputed, string.Concat(
                "Disputed: per ", names, ", ", sideOthers.Status.ToString(), "; per ",
                Describe(camp), ", who contradict", camp.Count == 1 ? "s" : string.Empty, " that, ", sideA.Status.ToString(), "."));
            decision.Sentences.Add(string.Concat("One side: ", sideOthers.Reason));
            decision.Sentences.Add(string.Concat("Other side: ", sideA.Reason));
            return true;
        }

        return false;
    }

    private static string Describe(List<CompiledClaim> claims)
    {
        var parts = new List<string>(claims.Count);
        foreach (var c in claims)
        {
            parts.Add(string.Concat(c.Claim.Claimant.Name, " (", c.Claim.Date.ToString(), ")"));
        }

        return string.Join(" and ", parts);
    }

    private static List<CompiledClaim> Without(List<CompiledClaim> claims, List<CompiledClaim> removed)
    {
        var result = new List<CompiledClaim>(claims.Count);
        foreach (var c in claims)
        {
            if (!removed.Contains(c))
            {
                result.Add(c);
            }
        }

        return result;
    }

    private static ImmutableArray<Claim> Claims(List<CompiledClaim> claims)
    {
        var result = ImmutableArray.CreateBuilder<Claim>(claims.Count);
        foreach (var c in claims)
        {
            result.Add(c.Claim);
        }

        return result.MoveToImmutable();
    }

    /// <summary>The status from the counted claims, ignoring contradictions (denials carry no fact of their own).</summary>
    private Decision Core(ObligationIndex index, List<CompiledClaim> counted, Instant asOf, Decision d)
    {
        var obligation = index.Obligation;
        CompiledClaim? conditionMet = null;
        CompiledClaim? performed = null;
        CompiledClaim? terminated = null;
        var partial = new List<CompiledClaim>();
        var suspensions = new List<CompiledClaim>();
        foreach (var c in counted)
        {
            switch (c.Claim.Kind)
            {
                case ClaimKind.ConditionMet:
                    conditionMet ??= c;
                    break;
                case ClaimKind.Performed:
                    performed ??= c;
                    break;
                case ClaimKind.PartlyPerformed:
                    partial.Add(c);
                    break;
                case ClaimKind.Terminated:
                    terminated ??= c;
                    break;
                case ClaimKind.Suspended:
                    suspensions.Add(c);
                    break;
            }
        }

        ResolveDeadline(index, counted, conditionMet, d);
        CollectBreaches(counted, asOf, d);
        foreach (var p in partial)
        {
            if (p.Claim.Quantity is { } q)
            {
                d.Progress.Add(q);
            }
        }

        if (terminated is not null && On(RuleIds.Terminated))
        {
            d.Use(terminated.Claim, ClaimRole.Termination);
            d.TerminationReason = terminated.Claim.Reason;
            return d.Decide(ObligationStatus.Terminated, RuleIds.Terminated, string.Concat("Terminated (", terminated.Claim.Reason?.ToString() ?? "no reason given", ") on ",
                terminated.Claim.Date.ToString(), ", per ", terminated.Claim.Claimant.Name, "."));
        }

        if (index.Term is { } term && On(RuleIds.Term) && TryTermEnded(term, counted, asOf, d))
        {
            return d;
        }

        foreach (var s in suspensions)
        {
            if (On(RuleIds.Suspended) && (s.EndAppliesAt is not { } end || end > asOf))
            {
                d.Use(s.Claim, ClaimRole.Suspension);
                return d.Decide(ObligationStatus.Suspended, RuleIds.Suspended, string.Concat("Suspended since ", s.Claim.Date.ToString(), ", per ", s.Claim.Claimant.Name, "."));
            }
        }

        if (obligation.Condition is { } condition && conditionMet is null && On(RuleIds.AwaitingCondition))
        {
            foreach (var c in counted)
            {
                if (c.Claim.Kind is ClaimKind.Performed or ClaimKind.PartlyPerformed or ClaimKind.Breached)
                {
                    d.SetAside.Add(new SetAsideClaim(c.Claim, SetAsideReason.ConditionNotMet, "no counted claim records the condition as met, so this claim does not bear on the obligation yet"));
                }
            }

            d.Breaches.Clear();
            var passed = d.Due is { } window && asOf >= window
                ? string.Concat(" The deadline (", Text.InZone(window, _statement.TimeZone), ") has passed without the condition being recorded as met.")
                : string.Empty;
            return d.Decide(ObligationStatus.AwaitingCondition, RuleIds.AwaitingCondition, string.Concat("Awaiting its condition (", condition.Description, "): no counted claim records it as met.", passed));
        }

        if (conditionMet is not null)
        {
            d.Use(conditionMet.Claim, ClaimRole.ConditionMet);
            d.Sentences.Add(string.Concat("The condition was met on ", conditionMet.Claim.Date.ToString(), ", per ", conditionMet.Claim.Claimant.Name, "."));
        }

        switch (obligation.PerformanceKind)
        {
            case PerformanceKind.Term when On(RuleIds.Term):
                d.Term = index.Term!.TermContaining(asOf, _context);
                if (d.Term is { } current)
                {
                    d.Sentences.Add(string.Concat("Current term: ", current.ToString(), "."));
                }

                return ContinuousStatus(d, RuleIds.Term);
            case PerformanceKind.Continuous when On(RuleIds.Continuous):
                return ContinuousStatus(d, RuleIds.Continuous);
            case PerformanceKind.OpenEndedProgress when On(RuleIds.OpenEndedProgress):
                if (performed is not null)
                {
                    d.Use(performed.Claim, ClaimRole.Completion);
                    return d.Decide(ObligationStatus.Fulfilled, RuleIds.OpenEndedProgress, string.Concat("Completed on ", performed.Claim.Date.ToString(), ", per ", performed.Claim.Claimant.Name, "."));
                }

                if (d.Breaches.Count > 0)
                {
                    return ContinuousStatus(d, RuleIds.OpenEndedProgress);
                }

                if (partial.Count > 0)
                {
                    return Partial(d, partial, RuleIds.OpenEndedProgress);
                }

                return d.Decide(ObligationStatus.Pending, RuleIds.OpenEndedProgress, "Pending: no progress recorded by counted claims; the text sets no deadline.");
            case PerformanceKind.OneOff when On(RuleIds.OneOff):
                return OneOff(d, performed, partial, asOf);
            default:
                return d.Decide(ObligationStatus.Pending, RuleIds.None, "Pending: no rule decided (the rule for this kind of obligation is switched off).");
        }
    }

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

    private static string SetAsideText(SetAsideReason reason, Claim claim, Perspective perspective) => reason switch
    {
        SetAsideReason.ClaimantOutsidePerspective => string.Concat("asserted by ", claim.Claimant.ToString(), ", outside the perspective \"", perspective.Name, "\""),
        SetAsideReason.SourceOutsidePerspective => "none of its sources is among the perspective's sources",
        SetAsideReason.NotYetKnown => string.Concat("known on ", Text.Iso(claim.KnownOn), ", after the \"as known on\" date"),
        _ => reason.ToString(),
    };
}
