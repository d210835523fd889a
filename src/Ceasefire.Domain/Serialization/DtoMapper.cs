using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ceasefire.Domain.Serialization;

/// <summary>
/// Maps between a compliance report and its wire shape. Statements and timelines need no mapping: they are written and
/// read as their builder state (model to state, then serialize; deserialize, then the builders' validator).
/// </summary>
internal static partial class DtoMapper
{
    public const int SchemaVersion = 1;

    // ---- writing ----

    public static ReportDocument ToDocument(ComplianceReport report)
    {
        var obligations = new List<AssessmentDto>(report.Obligations.Length);
        foreach (var a in report.Obligations)
        {
            obligations.Add(ToAssessment(a));
        }

        return Header(report, obligations);
    }

    /// <summary>One assessment's wire shape (the streaming writer writes them one at a time).</summary>
    public static AssessmentDto ToAssessment(ObligationAssessment a)
    {
        var e = a.Explanation;
        var sides = new List<DisputeSideDto>();
        foreach (var side in e.DisputeSides)
        {
            var ids = new List<string>();
            foreach (var claim in side.Claims)
            {
                ids.Add(claim.Id);
            }

            sides.Add(new DisputeSideDto { Status = side.Status, ClaimIds = ids });
        }

        var setAside = new List<SetAsideDto>();
        foreach (var x in e.ClaimsSetAside)
        {
            setAside.Add(new SetAsideDto { ClaimId = x.Claim.Id, Reason = x.Reason, Detail = x.Detail });
        }

        var breaches = new List<BreachDto>();
        foreach (var b in a.Breaches)
        {
            breaches.Add(new BreachDto
            {
                ClaimId = b.Claim.Id,
                BreachingActorId = b.BreachingActorId,
                EndedAt = b.EndedAt is { } ended ? ClaimDateDto.From(ended) : null,
                EndedByClaimId = b.EndedBy?.Id,
                IsOngoing = b.IsOngoing,
                IsIncident = b.IsIncident ? true : null,
                From = b.From,
                Until = b.Until,
            });
        }

        var byObligor = new List<ObligorStatusDto>();
        foreach (var o in a.ByObligor)
        {
            byObligor.Add(new ObligorStatusDto { ActorId = o.ActorId, Status = o.Status, Reason = o.Reason });
        }

        var progress = new List<QuantityDto>();
        foreach (var q in a.Progress)
        {
            progress.Add(QuantityDto.From(q));
        }

        return new AssessmentDto
        {
            ObligationId = a.ObligationId,
            Status = a.Status,
            Explanation = new ExplanationDto
            {
                RuleId = e.RuleId,
                Reason = e.Reason,
                Sentences = [.. e.Sentences],
                DeadlineReading = e.DeadlineReading,
                DueInstant = e.DueInstant,
                Timeliness = e.Timeliness,
                ClaimsUsed = ToDtos(e.ClaimsUsed),
                ClaimsSetAside = setAside,
                DisputeSides = sides,
            },
            Breaches = breaches,
            ByObligor = byObligor,
            Progress = progress,
            Term = a.Term is { } t ? new TermDto { Number = t.Number, Start = t.Start, End = t.End, NoticeCutoff = t.NoticeCutoff } : null,
            TerminationReason = a.TerminationReason,
        };
    }

    /// <summary>The report's document around its assessments.</summary>
    public static ReportDocument Header(ComplianceReport report, List<AssessmentDto> obligations)
    {
        var p = report.Perspective;
        List<string>? sources = null;
        if (p.Sources is { } set)
        {
            sources = [.. set];
            sources.Sort(StringComparer.Ordinal);
        }

        return new ReportDocument
        {
            SchemaVersion = SchemaVersion,
            StatementTitle = report.Statement.Title,
            AsOf = report.AsOf,
            Perspective = new PerspectiveDto { Name = p.Name, ClaimantActorId = p.ClaimantActorId, Sources = sources, KnownOn = p.KnownOn, TrustOrder = p.TrustOrder.IsEmpty ? null : [.. p.TrustOrder] },
            StatementStatus = report.StatementStatus,
            StatementReason = report.StatementReason,
            StatementClaims = ToDtos(report.StatementClaims),
            Obligations = obligations,
        };
    }

    private static List<ClaimUseDto> ToDtos(ImmutableArray<ClaimUse> uses)
    {
        var result = new List<ClaimUseDto>(uses.Length);
        foreach (var u in uses)
        {
            result.Add(new ClaimUseDto { ClaimId = u.Claim.Id, Role = u.Description });
        }

        return result;
    }

    // ---- reading ----

    public static ComplianceReport ToReport(ReportDocument d, Statement statement, Timeline timeline, ProblemList problems)
    {
        if (d.StatementTitle != statement.Title)
        {
            problems.Add("$.statementTitle", ValidationCodes.Inconsistent, string.Concat("the report is of \"", d.StatementTitle, "\", not of \"", statement.Title, "\""));
        }

        if (!CalendarLimits.Contains(d.AsOf))
        {
            problems.Add("$.asOf", ValidationCodes.OutOfRange, string.Concat("the evaluation instant ", Text.Iso(d.AsOf), " is outside the supported range (", CalendarLimits.SupportedRangeText, ")"));
        }

        var perspective = ToPerspective(d.Perspective, problems);
        var assessments = ImmutableArray.CreateBuilder<ObligationAssessment>(d.Obligations.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Obligations.Count; i++)
        {
            var a = d.Obligations[i];
            var path = string.Concat("$.obligations[", Text.Number(i), "]");
            if (!statement.TryGetObligation(a.ObligationId, out var obligation))
            {
                problems.Add(path + ".obligationId", ValidationCodes.UnknownReference, string.Concat("unknown obligation '", a.ObligationId, "'"));
                continue;
            }

            if (!seen.Add(a.ObligationId))
            {
                problems.Add(path + ".obligationId", ValidationCodes.Duplicate, string.Concat("duplicate obligation '", a.ObligationId, "'"));
                continue;
            }

            var e = a.Explanation;
            var used = ToUses(e.ClaimsUsed, timeline, path + ".explanation.claimsUsed", problems);
            var setAside = ImmutableArray.CreateBuilder<SetAsideClaim>();
            var setAsideList = e.ClaimsSetAside ?? [];
            for (var k = 0; k < setAsideList.Count; k++)
            {
                if (Claim(timeline, setAsideList[k].ClaimId, string.Concat(path, ".explanation.claimsSetAside[", Text.Number(k), "].claimId"), problems) is { } claim)
                {
                    setAside.Add(new SetAsideClaim(claim, setAsideList[k].Reason, setAsideList[k].Detail));
                }
            }

            var sides = ImmutableArray.CreateBuilder<DisputeSide>();
            var sideList = e.DisputeSides ?? [];
            for (var k = 0; k < sideList.Count; k++)
            {
                var claims = ImmutableArray.CreateBuilder<Claim>();
                for (var m = 0; m < sideList[k].ClaimIds.Count; m++)
                {
                    if (Claim(timeline, sideList[k].ClaimIds[m], string.Concat(path, ".explanation.disputeSides[", Text.Number(k), "].claimIds[", Text.Number(m), "]"), problems) is { } claim)
                    {
                        claims.Add(claim);
                    }
                }

                sides.Add(new DisputeSide(sideList[k].Status, claims.ToImmutable()));
            }

            var breaches = ImmutableArray.CreateBuilder<BreachRecord>();
            var breachList = a.Breaches ?? [];
            for (var k = 0; k < breachList.Count; k++)
            {
                var bPath = string.Concat(path, ".breaches[", Text.Number(k), "]");
                var bd = breachList[k];
                var claim = Claim(timeline, bd.ClaimId, bPath + ".claimId", problems);
                var endedBy = bd.EndedByClaimId is null ? null : Claim(timeline, bd.EndedByClaimId, bPath + ".endedByClaimId", problems);
                var endedAt = bd.EndedAt is null ? null : WireValues.ToClaimDate(bd.EndedAt, bPath + ".endedAt", problems);
                if (claim is not null)
                {
                    breaches.Add(new BreachRecord(claim, bd.BreachingActorId, claim.Date, endedAt, endedBy, bd.IsOngoing)
                    {
                        IsIncident = bd.IsIncident ?? false,
                        From = bd.From ?? default,
                        Until = bd.Until,
                    });
                }
            }

            var byObligor = ImmutableArray.CreateBuilder<ObligorStatus>();
            foreach (var o in a.ByObligor ?? [])
            {
                byObligor.Add(new ObligorStatus(o.ActorId, o.Status, o.Reason));
            }

            var progress = ImmutableArray.CreateBuilder<Quantity>();
            var progressList = a.Progress ?? [];
            for (var k = 0; k < progressList.Count; k++)
            {
                var q = progressList[k];
                Try(string.Concat(path, ".progress[", Text.Number(k), "]"), problems, () => progress.Add(new Quantity(q.Value, q.Unit)));
            }

            var explanation = new Explanation(e.RuleId, e.Reason, [.. e.Sentences], e.DeadlineReading, e.DueInstant, e.Timeliness, used, setAside.ToImmutable(), sides.ToImmutable());
            var term = a.Term is { } t ? ToTerm(t, obligation, statement, path + ".term", problems) : null;
            assessments.Add(new ObligationAssessment(obligation, a.Status, explanation, breaches.ToImmutable(), byObligor.ToImmutable(), progress.ToImmutable(), term, a.TerminationReason));
        }

        foreach (var o in statement.Obligations)
        {
            if (!seen.Contains(o.Id))
            {
                problems.Add("$.obligations", ValidationCodes.Required, string.Concat("the report has no assessment of obligation '", o.Id, "'"));
            }
        }

        var ordered = assessments.ToArray();
        Array.Sort(ordered, (x, y) =>
        {
            statement.TryGetObligationIndex(x.ObligationId, out var ix);
            statement.TryGetObligationIndex(y.ObligationId, out var iy);
            return ix.CompareTo(iy);
        });
        assessments.Clear();
        assessments.AddRange(ordered);
        var statementClaims = ToUses(d.StatementClaims, timeline, "$.statementClaims", problems);
        return new ComplianceReport(statement, d.AsOf, perspective ?? Perspective.AllClaims, d.StatementStatus, d.StatementReason, statementClaims, [.. assessments]);
    }

    /// <summary>A report's term must be the statement's own term of that number: a term numbered -5, or one that ends
    /// before it starts, is not a term the statement has.</summary>
    private static TermPeriod? ToTerm(TermDto t, Obligation obligation, Statement statement, string path, ProblemList problems)
    {
        if (obligation.Deadline is not RenewableTerm renewable)
        {
            problems.Add(path, ValidationCodes.NotAllowed, string.Concat("'", obligation.Id, "' has no renewable term (its deadline is ", obligation.Deadline.ToString(), ")"));
            return null;
        }

        TermPeriod expected;
        try
        {
            expected = renewable.TermAt(t.Number, statement.DeadlineContext);
        }
        catch (ArgumentOutOfRangeException)
        {
            problems.Add(path + ".number", ValidationCodes.OutOfRange, string.Concat("the statement has no term number ", Text.Number(t.Number), " (terms are numbered from 1, as far as the calendar reaches)"));
            return null;
        }

        var given = new TermPeriod(t.Number, t.Start, t.End, t.NoticeCutoff);
        if (given != expected)
        {
            problems.Add(path, ValidationCodes.Inconsistent, string.Concat("the term (", given.ToString(), ") is not the statement's term ", Text.Number(t.Number), " (", expected.ToString(), ")"));
            return null;
        }

        return expected;
    }

    private static Perspective? ToPerspective(PerspectiveDto p, ProblemList problems)
    {
        try
        {
            var perspective = p.ClaimantActorId is { } actor ? Perspective.OnlyAssertedBy(actor)
                : p.Sources is { Count: > 0 } sources ? Perspective.FromSources([.. sources])
                : p.TrustOrder is [var side] && p.Name.StartsWith("siding with ", StringComparison.Ordinal) ? Perspective.SidingWith(side)
                : p.TrustOrder is { Count: > 0 } order ? Perspective.Trusting([.. order])
                : Perspective.AllClaims;
            if (p.KnownOn is { } known)
            {
                perspective = perspective.AsKnownOn(known);
            }

            if (perspective.Name != p.Name)
            {
                problems.Add("$.perspective.name", ValidationCodes.Inconsistent, string.Concat("the name \"", p.Name, "\" does not match the perspective described (\"", perspective.Name, "\")"));
            }

            return perspective;
        }
        catch (ArgumentException e)
        {
            problems.Add("$.perspective", ValidationCodes.InvalidValue, e.Message);
            return null;
        }
    }

    private static ImmutableArray<ClaimUse> ToUses(List<ClaimUseDto>? uses, Timeline timeline, string path, ProblemList problems)
    {
        var result = ImmutableArray.CreateBuilder<ClaimUse>();
        var list = uses ?? [];
        for (var k = 0; k < list.Count; k++)
        {
            if (Claim(timeline, list[k].ClaimId, string.Concat(path, "[", Text.Number(k), "].claimId"), problems) is { } claim)
            {
                if (ClaimUse.FromDescription(claim, list[k].Role) is { } use)
                {
                    result.Add(use);
                }
                else
                {
                    problems.Add(string.Concat(path, "[", Text.Number(k), "].role"), ValidationCodes.UnknownValue, string.Concat("unknown role \"", list[k].Role, "\""));
                }
            }
        }

        return result.ToImmutable();
    }

    private static Claim? Claim(Timeline timeline, string id, string path, ProblemList problems)
    {
        if (timeline.TryGetClaim(id, out var claim))
        {
            return claim;
        }

        problems.Add(path, ValidationCodes.UnknownReference, string.Concat("unknown claim '", id, "'"));
        return null;
    }

    private static void Try(string path, ProblemList problems, Action action)
    {
        try
        {
            action();
        }
        catch (ArgumentException e)
        {
            problems.Add(path, CallLog.CodeOf(e), Text.ExceptionSentence(e));
        }
    }
}
