using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// The rule chain: one evaluator over the built-in rules (a switch over the obligation's kind and the claims that
/// count), with user rules slotted in after "not yet in force".
/// </summary>
internal sealed partial class AssessmentEngine
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

    private static string SetAsideText(SetAsideReason reason, Claim claim, Perspective perspective) => reason switch
    {
        SetAsideReason.ClaimantOutsidePerspective => string.Concat("asserted by ", claim.Claimant.ToString(), ", outside the perspective \"", perspective.Name, "\""),
        SetAsideReason.SourceOutsidePerspective => "none of its sources is among the perspective's sources",
        SetAsideReason.NotYetKnown => string.Concat("known on ", Text.Iso(claim.KnownOn), ", after the \"as known on\" date"),
        _ => reason.ToString(),
    };
}
