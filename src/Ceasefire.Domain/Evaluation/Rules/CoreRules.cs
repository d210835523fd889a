namespace Ceasefire.Domain.Evaluation;

/// <summary>[not-yet-in-force] Before the statement's effective instant.</summary>
internal sealed class NotYetInForceRule() : BuiltInRule(RuleIds.NotYetInForce)
{
    public override RuleDecision? Decide(RuleContext context)
    {
        var from = context.Statement.EffectiveFrom;
        return context.AsOf >= from ? null : Result(context, ObligationStatus.NotYetInForce, context.IsExplaining
            ? string.Concat("Not yet in force: the statement takes effect at ", Text.InZone(from, context.Statement.TimeZone), " (", Text.Iso(from), ").")
            : null);
    }
}

/// <summary>[statement-terminated] The statement has ended under the perspective (by termination claims only): what is still open lapses.</summary>
internal sealed class StatementTerminatedRule() : BuiltInRule(RuleIds.StatementTerminated)
{
    public override RuleDecision? Decide(RuleContext context)
    {
        if (context.StatementStatus != StatementStatus.Terminated)
        {
            return null;
        }

        var later = context.StatusOfLaterRules();
        if (later is ObligationStatus.Fulfilled or ObligationStatus.FulfilledLate or ObligationStatus.Terminated)
        {
            return null;
        }

        if (context.Sink is { } sink)
        {
            sink.TerminationReason = TerminationReason.Lapsed;
        }

        return Result(context, ObligationStatus.Terminated, context.IsExplaining
            ? string.Concat("Terminated (lapsed): under this perspective the statement itself has ended (see the statement's status); the obligation was still open (", later.ToString(), ").")
            : null);
    }
}

/// <summary>[terminated] A counted termination claim, or, for a term, notice given in time by a Party and the term expired.</summary>
internal sealed class TerminatedRule() : BuiltInRule(RuleIds.Terminated)
{
    public override RuleDecision? Decide(RuleContext context)
    {
        var f = context.Facts;
        if (f.Terminated >= 0)
        {
            var claim = context.ClaimAt(f.Terminated);
            context.Use(f.Terminated, ClaimRole.Termination);
            if (context.Sink is { } sink)
            {
                sink.TerminationReason = claim.Reason;
            }

            return Result(context, ObligationStatus.Terminated, context.IsExplaining
                ? string.Concat("Terminated (", claim.Reason?.ToString() ?? "no reason given", ") on ", When(context, f.Terminated), ".")
                : null);
        }

        var x = context.Evidence;
        if (f.NoticeExpired >= 0)
        {
            context.Use(f.NoticeExpired, ClaimRole.NoticeInTime);
            if (context.Sink is { } sink)
            {
                sink.TerminationReason = TerminationReason.NoticeAndExpiry;
            }

            return Result(context, ObligationStatus.Terminated, context.IsExplaining ? Expired(context, f.NoticeExpired) : null);
        }

        if (context.IsExplaining)
        {
            var notice = Facts.First(x, x.Notices, context.N, context.AsOf, context.Excluded);
            if (notice >= 0 && x.Term?.TermContaining(x.Claims[notice].Start, x.Context) is { } period)
            {
                context.Use(notice, ClaimRole.NoticeInTime);
                context.Note(string.Concat("Notice given in time on ", When(context, notice), ": the term ends at ", Text.InZone(period.End, context.Statement.TimeZone), " and will not renew."));
            }
        }

        return null;
    }

    private static string Expired(RuleContext context, int notice)
    {
        var x = context.Evidence;
        var claim = context.ClaimAt(notice);
        var period = x.Term!.TermContaining(x.Claims[notice].Start, x.Context)!;
        var zone = context.Statement.TimeZone;
        return string.Concat("Terminated: notice given on ", claim.Date.ToString(), " by ", claim.ActorId ?? "an unnamed actor", ", before the cut-off ",
            Text.InZone(period.NoticeCutoff, zone), "; term ", Text.Number(period.Number), " expired at ", Text.InZone(period.End, zone), ".");
    }
}

/// <summary>[suspended] A counted suspension not ended.</summary>
internal sealed class SuspendedRule() : BuiltInRule(RuleIds.Suspended)
{
    public override RuleDecision? Decide(RuleContext context)
    {
        var s = context.Suspension;
        if (s == -1)
        {
            return null;
        }

        if (s >= 0)
        {
            context.Use(s, ClaimRole.Suspension);
        }

        return Result(context, ObligationStatus.Suspended, context.IsExplaining
            ? s >= 0 ? string.Concat("Suspended since ", Since(context, s), ".") : "Suspended by a counted claim."
            : null);
    }
}

/// <summary>
/// [breached] A counted breach episode covers the instant: for continuous obligations, terms, prohibitions and
/// open-ended progress, and for any obligation whose condition is not met (acting without the required agreement).
/// Never for permissions.
/// </summary>
internal sealed class BreachedRule() : BuiltInRule(RuleIds.Breached)
{
    public override RuleDecision? Decide(RuleContext context)
    {
        var o = context.Obligation;
        var f = context.Facts;
        var applies = !IsPermission(o)
                      && (o.PerformanceKind != PerformanceKind.OneOff || o.DeonticKind == DeonticKind.Prohibition || (o.Condition is not null && f.ConditionMet < 0));
        if (!applies || context.Breach == -1)
        {
            return null;
        }

        if (!context.IsExplaining || f.Breach < 0)
        {
            return Result(context, ObligationStatus.Breached, "Breached: a counted breach episode covers this instant.");
        }

        var claim = context.ClaimAt(f.Breach);
        context.Use(f.Breach, ClaimRole.Breach);
        var by = claim.ActorId is null ? string.Empty : string.Concat(" by ", claim.ActorId);
        var what = claim.Kind == ClaimKind.Incident
            ? string.Concat("an incident", by, " on ", When(context, f.Breach))
            : string.Concat("a breach", by, " ongoing since ", Since(context, f.Breach));
        var condition = o.Condition is not null && f.ConditionMet < 0 && o.PerformanceKind == PerformanceKind.OneOff
            ? " No counted claim records its condition as met: acting without it is itself a breach."
            : string.Empty;
        return new RuleDecision(ObligationStatus.Breached, string.Concat("Breached: ", what, ".", condition));
    }
}

/// <summary>[awaiting-condition] A condition no counted claim records as met; performance claims are set aside.</summary>
internal sealed class AwaitingConditionRule() : BuiltInRule(RuleIds.AwaitingCondition)
{
    public override RuleDecision? Decide(RuleContext context)
    {
        var o = context.Obligation;
        var f = context.Facts;
        if (o.Condition is not { } condition)
        {
            return null;
        }

        if (f.ConditionMet >= 0)
        {
            context.Use(f.ConditionMet, ClaimRole.ConditionMet);
            if (context.IsExplaining)
            {
                context.Note(string.Concat("The condition was met on ", When(context, f.ConditionMet), "."));
            }

            return null;
        }

        if (context.Sink is not { } sink)
        {
            return RuleDecision.Bare(ObligationStatus.AwaitingCondition);
        }

        for (var p = 0; p < context.N; p++)
        {
            if (context.Counts(p) && context.ClaimAt(p).Kind is ClaimKind.Performed or ClaimKind.PartlyPerformed)
            {
                sink.SetAsideOnce(context.ClaimAt(p), SetAsideReason.ConditionNotMet, "no counted claim records the condition as met, so this performance does not bear on the obligation yet");
            }
        }

        var passed = f.Due is { } due && context.AsOf >= due
            ? string.Concat(" The deadline (", Text.InZone(due, context.Statement.TimeZone), ") has passed without the condition being recorded as met.")
            : string.Empty;
        return new RuleDecision(ObligationStatus.AwaitingCondition, string.Concat("Awaiting its condition (", condition.Description, "): no counted claim records it as met.", passed));
    }
}
