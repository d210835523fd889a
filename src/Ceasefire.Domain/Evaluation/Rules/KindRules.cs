using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>[closed-world] Off by default (<see cref="EvaluationOptions.ClosedWorld"/>): silence means kept, for users whose data is complete.</summary>
internal sealed class ClosedWorldRule() : BuiltInRule(RuleIds.ClosedWorld)
{
    private const string Reading = " (closed-world reading applied: silence means kept; see EvaluationOptions.ClosedWorld)";

    public override RuleDecision? Decide(RuleContext context)
    {
        if (!context.ClosedWorld)
        {
            return null;
        }

        var o = context.Obligation;
        var f = context.Facts;
        if (IsContinuous(o) && context.Attestation == -1 && context.Breach == -1)
        {
            return Result(context, ObligationStatus.Upheld, string.Concat("Upheld: no counted claim records a breach at this instant", Reading, "."));
        }

        if (!IsOneOff(o) || f.Performed >= 0 || f.Partial >= 0)
        {
            return null;
        }

        if (f.Due is { } due)
        {
            return context.AsOf < due ? null : Result(context, ObligationStatus.Overdue, context.IsExplaining
                ? string.Concat("Overdue: due before ", Text.InZone(due, context.Statement.TimeZone), " and no counted claim records performance", Reading, ".")
                : null);
        }

        return Result(context, ObligationStatus.Pending, string.Concat("Pending: no deadline and no counted claim records performance", Reading, "."));
    }
}

/// <summary>[permission] A permission (MAY): fulfilled when exercised, pending while a deadline is ahead, otherwise no information; never overdue or breached by omission.</summary>
internal sealed class PermissionRule() : BuiltInRule(RuleIds.Permission)
{
    public override RuleDecision? Decide(RuleContext context)
    {
        if (!IsPermission(context.Obligation))
        {
            return null;
        }

        var f = context.Facts;
        if (f.Performed >= 0)
        {
            return Done(context, f.Performed, ClaimRole.Exercise, "Exercised on ");
        }

        if (f.Due is { } due && context.AsOf < due)
        {
            return Result(context, ObligationStatus.Pending, context.IsExplaining
                ? string.Concat("Pending: a permission that may be exercised before ", Text.InZone(due, context.Statement.TimeZone), ".")
                : null);
        }

        return Result(context, ObligationStatus.NoInformation, "No information: a permission not recorded as exercised (a permission is never overdue, nor breached by omission).");
    }
}

/// <summary>[one-off] Performed (on time, late or with uncertain timeliness), partly performed, not performed past due (overdue), pending, or no information.</summary>
internal sealed class OneOffRule() : BuiltInRule(RuleIds.OneOff)
{
    public override RuleDecision? Decide(RuleContext context)
    {
        if (!IsOneOff(context.Obligation))
        {
            return null;
        }

        var f = context.Facts;
        var zone = context.Statement.TimeZone;
        if (f.Performed >= 0)
        {
            return Performed(context, f.Performed, f.Due);
        }

        if (f.Partial >= 0)
        {
            return ProgressRule.Partial(context, "The due instant has passed.");
        }

        if (f.Due is { } due && context.AsOf >= due && f.NotPerformed >= 0)
        {
            context.Use(f.NotPerformed, ClaimRole.NotPerformed);
            return Result(context, ObligationStatus.Overdue, context.IsExplaining
                ? string.Concat("Overdue: due before ", Text.InZone(due, zone), " (", Text.Iso(due), "); not performed, per ", context.ClaimAt(f.NotPerformed).Claimant.Name, " (", context.ClaimAt(f.NotPerformed).Date.ToString(), ").")
                : null);
        }

        if (f.Due is { } upcoming && context.AsOf < upcoming)
        {
            return Result(context, ObligationStatus.Pending, context.IsExplaining
                ? string.Concat("Pending: due before ", Text.InZone(upcoming, zone), " (", Text.Iso(upcoming), "); no performance recorded yet.")
                : null);
        }

        return Result(context, ObligationStatus.NoInformation, f.Due is { } passed
            ? string.Concat("No information: the due instant ", Text.Iso(passed), " has passed and no counted claim says whether it was performed.")
            : "No information: the text sets no deadline and no counted claim records performance.");
    }

    private static RuleDecision Performed(RuleContext context, int performed, Instant? dueInstant)
    {
        context.Use(performed, ClaimRole.Performance);
        var c = context.Evidence.Claims[performed];
        if (dueInstant is not { } due)
        {
            SetTimeliness(context, Timeliness.NotApplicable);
            return Result(context, ObligationStatus.Fulfilled, context.IsExplaining ? string.Concat("Performed on ", When(context, performed), "; no deadline.") : null);
        }

        switch (ClaimDate.CompareInterval(c.Start, c.End, due))
        {
            case DateComparison.Before:
                SetTimeliness(context, Timeliness.OnTime);
                return Result(context, ObligationStatus.Fulfilled, context.IsExplaining
                    ? string.Concat("Performed on ", When(context, performed), ", before the due instant ", Text.Iso(due), ".") : null);
            case DateComparison.After:
                SetTimeliness(context, Timeliness.Late);
                return Result(context, ObligationStatus.FulfilledLate, context.IsExplaining
                    ? string.Concat("Performed late on ", When(context, performed), ", after the due instant ", Text.Iso(due), ".") : null);
            default:
                SetTimeliness(context, Timeliness.Uncertain);
                return Result(context, ObligationStatus.Fulfilled, context.IsExplaining
                    ? string.Concat("Performed on ", When(context, performed), "; timeliness uncertain: that date range straddles the due instant ", Text.Iso(due), ".") : null);
        }
    }

    private static void SetTimeliness(RuleContext context, Timeliness timeliness)
    {
        if (context.Sink is { } sink)
        {
            sink.Timeliness = timeliness;
        }
    }
}

/// <summary>[open-ended-progress] Completed, partly performed, or no information.</summary>
internal sealed class ProgressRule() : BuiltInRule(RuleIds.OpenEndedProgress)
{
    public override RuleDecision? Decide(RuleContext context)
    {
        if (!IsOpenEnded(context.Obligation))
        {
            return null;
        }

        var f = context.Facts;
        if (f.Performed >= 0)
        {
            return Done(context, f.Performed, ClaimRole.Completion, "Completed on ");
        }

        return f.Partial >= 0
            ? Partial(context, null)
            : Result(context, ObligationStatus.NoInformation, "No information: no counted claim records progress; the text sets no deadline.");
    }

    /// <summary>Partly performed: the records of progress that count.</summary>
    internal static RuleDecision Partial(RuleContext context, string? duePassed)
    {
        if (context.Sink is null)
        {
            return RuleDecision.Bare(ObligationStatus.PartiallyFulfilled);
        }

        var x = context.Evidence;
        var count = 0;
        var last = -1;
        foreach (var p in x.Partials)
        {
            if (context.Counts(p))
            {
                count++;
                last = p;
                var q = x.Claims[p].Claim.Quantity;
                context.Use(p, ClaimRole.Progress);
            }
        }

        if (duePassed is not null && context.DueInstant is { } due && context.AsOf >= due)
        {
            context.Note(string.Concat("The due instant ", Text.Iso(due), " has passed."));
        }

        return new RuleDecision(ObligationStatus.PartiallyFulfilled, string.Concat("Partly performed: ", Text.Number(count), count == 1 ? " record of progress" : " records of progress",
            ", the latest on ", When(context, last), "."));
    }
}

/// <summary>[continuous] Continuous obligations, prohibitions and terms in force: upheld when an attestation covers the instant; no breach recorded when other counted claims exist; otherwise no information.</summary>
internal sealed class ContinuousRule() : BuiltInRule(RuleIds.Continuous)
{
    public override RuleDecision? Decide(RuleContext context)
    {
        if (!IsContinuous(context.Obligation))
        {
            return null;
        }

        var f = context.Facts;
        var attestation = context.Attestation;
        if (attestation != -1)
        {
            if (attestation >= 0)
            {
                context.Use(attestation, ClaimRole.ComplianceAttested);
            }

            return Result(context, ObligationStatus.Upheld, context.IsExplaining && attestation >= 0
                ? string.Concat("Upheld: compliance attested over ", Period(context.ClaimAt(attestation)), ", per ", context.ClaimAt(attestation).Claimant.Name, ".")
                : "Upheld: a counted attestation of compliance covers this instant.");
        }

        return f.AnyCounted
            ? Result(context, ObligationStatus.NoBreachRecorded, "No breach recorded: counted claims exist about it, but none shows a breach at this instant and none attests compliance covering it.")
            : Result(context, ObligationStatus.NoInformation, "No information: no counted claim bears on it (silence is not read as compliance; see EvaluationOptions.ClosedWorld).");
    }

    private static string Period(Claim claim) => claim.End is { } end ? string.Concat(claim.Date.ToString(), " to ", end.ToString()) : claim.Date.ToString();
}
