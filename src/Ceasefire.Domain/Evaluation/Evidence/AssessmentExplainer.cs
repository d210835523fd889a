using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ceasefire.Domain.Evaluation;

/// <summary>Assembles an explained decision into an assessment's details: the deadline reading, the sentences, every claim set aside with why, the breach episodes, progress and the current term.</summary>
internal static class AssessmentExplainer
{
    public static AssessmentDetails Build(ObligationIndex index, RuleContext context, RuleDecision decision, string ruleId, ImmutableArray<ObligorStatus> byObligor)
    {
        var sink = context.Sink!;
        var x = context.Evidence;
        var sentences = new List<string>();
        var reading = DeadlineReading(context);
        if (reading is not null && x.Deadline is not (NoDeadline or RenewableTerm))
        {
            sentences.Add(string.Concat("Deadline: ", reading));
        }

        sentences.AddRange(sink.Sentences);
        sentences.Add(decision.Reason);
        var setAside = SetAside(index, context);
        if (setAside.Count > 0)
        {
            sentences.Add(string.Concat(Text.Number(setAside.Count), setAside.Count == 1 ? " claim about it was" : " claims about it were",
                " set aside (outside the perspective, not yet known, not yet certainly happened, outweighed, or not bearing on it); each is listed with its reason."));
        }

        var progress = ImmutableArray.CreateBuilder<Quantity>();
        foreach (var p in x.Partials)
        {
            if (context.Counts(p) && x.Claims[p].Claim.Quantity is { } q)
            {
                progress.Add(q);
            }
        }

        TermPeriod? term = null;
        if (x.Term is { } renewable)
        {
            term = decision.Status == ObligationStatus.Terminated && context.Facts.NoticeExpired >= 0
                ? renewable.TermContaining(x.Claims[context.Facts.NoticeExpired].Start, x.Context)
                : decision.Status == ObligationStatus.Terminated ? null : renewable.TermContaining(context.AsOf, x.Context);
            if (term is not null && decision.Status != ObligationStatus.Terminated)
            {
                sentences.Insert(sentences.Count - 1 - (setAside.Count > 0 ? 1 : 0), string.Concat("Current term: ", term.ToString(), "."));
            }
        }

        var explanation = new Explanation(ruleId, decision.Reason, [.. sentences], reading, context.Facts.Due, sink.Timeliness, [.. sink.Used], [.. setAside], [.. sink.Sides]);
        var termination = decision.Status == ObligationStatus.Terminated ? sink.TerminationReason : null;
        return new AssessmentDetails(decision.Status, explanation, Episodes.At(context), byObligor, progress.ToImmutable(), term, termination);
    }

    private static string? DeadlineReading(RuleContext context)
    {
        var x = context.Evidence;
        if (x.Deadline is NoDeadline)
        {
            return null;
        }

        if (x.Deadline is RenewableTerm)
        {
            return x.Deadline.Explain(x.Context);
        }

        var f = context.Facts;
        var deadlineContext = x.Context.WithConditionMetAt(f.ConditionMet >= 0 ? x.Claims[f.ConditionMet].Start : null);
        var reading = x.Deadline.Explain(deadlineContext);
        if (f.Extension < 0)
        {
            return reading;
        }

        var claim = x.Claims[f.Extension].Claim;
        context.Use(f.Extension, ClaimRole.Extension);
        var original = x.AnchoredOnCondition ? x.Deadline.DueInstant(deadlineContext) : x.BaseDue;
        var when = original is not { } due ? string.Empty : claim.Date.Compare(due, context.Statement.TimeZone) switch
        {
            DateComparison.Before => " The extension was agreed before the original deadline.",
            DateComparison.After => " The extension was agreed after the original deadline had passed.",
            _ => " It cannot be said whether the extension was agreed before the original deadline: its date straddles it.",
        };
        return string.Concat(reading, " Extended on ", claim.Date.ToString(), claim.RequestedBy is null ? string.Empty : string.Concat(" at the request of ", claim.RequestedBy),
            ", agreed by ", claim.AgreedBy.IsEmpty ? "(not recorded)" : string.Join(", ", claim.AgreedBy), " (per ", claim.Claimant.Name, "): ",
            claim.NewDeadline!.Explain(deadlineContext), when);
    }

    /// <summary>Every claim about the obligation that does not count, with why.</summary>
    private static List<SetAsideClaim> SetAside(ObligationIndex index, RuleContext context)
    {
        var x = context.Evidence;
        var positions = new Dictionary<CompiledClaim, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < x.Claims.Length; i++)
        {
            positions[x.Claims[i]] = i;
        }

        var result = new List<SetAsideClaim>();
        var t = context.AsOf;
        var o = x.Obligation;
        foreach (var c in index.Claims)
        {
            var claim = c.Claim;
            if (!context.Perspective.Includes(claim, out var why))
            {
                result.Add(new SetAsideClaim(claim, why, Outside(why, claim, context.Perspective)));
            }
            else if (!positions.TryGetValue(c, out var p))
            {
                continue;
            }
            else if (c.AppliesAt > t)
            {
                result.Add(new SetAsideClaim(claim, SetAsideReason.NotYetHappened, c.Start > t
                    ? string.Concat("dated ", claim.Date.ToString(), ", after the evaluation instant")
                    : string.Concat("dated ", claim.Date.ToString(), ", a range that had not ended by the evaluation instant: it may not yet have happened")));
            }
            else if (x.Until[p] <= t)
            {
                result.Add(new SetAsideClaim(claim, SetAsideReason.OutweighedInDispute, string.Concat("contradicted by a claim the perspective \"", context.Perspective.Name, "\" trusts more")));
            }
            else if (x.StaticSetAside[p] is { } reason)
            {
                result.Add(new SetAsideClaim(claim, reason, Static(reason, claim)));
            }
            else if (o.DeonticKind == DeonticKind.Permission && claim.Kind is ClaimKind.Breached or ClaimKind.Incident)
            {
                result.Add(new SetAsideClaim(claim, SetAsideReason.DoesNotApply, "a permission is not breached by not exercising it"));
            }
            else if (o.DeonticKind == DeonticKind.Prohibition && claim.Kind is ClaimKind.Performed or ClaimKind.PartlyPerformed)
            {
                result.Add(new SetAsideClaim(claim, SetAsideReason.DoesNotApply, "a prohibition is kept by not acting, not performed"));
            }
        }

        foreach (var s in context.Sink!.SetAside)
        {
            result.Add(s);
        }

        return result;
    }

    private static string Static(SetAsideReason reason, Claim claim) => reason switch
    {
        SetAsideReason.ExtensionNotAgreed => "the extension is not recorded as agreed by every beneficiary",
        SetAsideReason.NotEntitled when claim.Kind == ClaimKind.NoticeGiven => string.Concat("a notice counts only when given by a Party to the statement; given by ", claim.ActorId ?? "an unnamed actor"),
        SetAsideReason.NotEntitled => string.Concat("an extension counts only when asked by an obligor or a beneficiary; asked by ", claim.RequestedBy ?? "an unnamed actor"),
        SetAsideReason.NoticeTooLate => string.Concat("notice dated ", claim.Date.ToString(), " is not certainly at or before the cut-off of its term, so that term renews"),
        _ => "a notice dated before the term started",
    };

    private static string Outside(SetAsideReason reason, Claim claim, Perspective perspective) => reason switch
    {
        SetAsideReason.ClaimantOutsidePerspective => string.Concat("asserted by ", claim.Claimant.ToString(), ", outside the perspective \"", perspective.Name, "\""),
        SetAsideReason.SourceOutsidePerspective => "none of its sources is among the perspective's sources",
        _ => string.Concat("known on ", Text.Iso(claim.KnownOn), ", after the \"as known on\" date"),
    };
}
