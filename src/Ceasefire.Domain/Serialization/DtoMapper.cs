using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ceasefire.Domain.Serialization;

/// <summary>Maps between the domain model and the wire shapes. Reading goes through the builders, so every domain rule applies.</summary>
internal static class DtoMapper
{
    public const int SchemaVersion = 1;

    private static readonly (ActorRoles Role, string Name)[] RoleNames =
    [
        (ActorRoles.Signatory, "signatory"),
        (ActorRoles.Party, "party"),
        (ActorRoles.Guarantor, "guarantor"),
        (ActorRoles.ImplementingBody, "implementingBody"),
        (ActorRoles.SupervisingBody, "supervisingBody"),
        (ActorRoles.NonSignatoryAgreed, "nonSignatoryAgreed"),
    ];

    // ---- writing ----

    public static StatementDocument ToDocument(Statement s)
    {
        var actors = new List<ActorDto>();
        foreach (var a in s.Actors)
        {
            var roles = new List<string>();
            foreach (var (role, name) in RoleNames)
            {
                if (a.Has(role))
                {
                    roles.Add(name);
                }
            }

            actors.Add(new ActorDto { Id = a.Id, Name = a.Name, Roles = roles, Aliases = [.. a.Aliases], ParentId = a.ParentId, Description = a.Description });
        }

        var articles = new List<ArticleDto>();
        foreach (var article in s.Articles)
        {
            var variants = new List<VariantDto>();
            foreach (var v in article.Variants)
            {
                var readings = new List<DeadlineReadingDto>();
                foreach (var r in v.DeadlineReadings)
                {
                    readings.Add(new DeadlineReadingDto { ObligationId = r.ObligationId, Deadline = ToDto(r.Deadline) });
                }

                variants.Add(new VariantDto { Label = v.Label, Text = v.Text, Language = v.Language, Sources = ToDtos(v.Sources), DeadlineReadings = readings });
            }

            var obligations = new List<ObligationDto>();
            foreach (var o in article.Obligations)
            {
                var quantities = new List<QuantityDto>();
                foreach (var q in o.Quantities)
                {
                    quantities.Add(new QuantityDto { Value = q.Value, Unit = q.Unit });
                }

                obligations.Add(new ObligationDto
                {
                    Id = o.Id,
                    Obligors = [.. o.Obligors],
                    ObligorUnnamed = o.ObligorUnnamed ? true : null,
                    Beneficiaries = [.. o.Beneficiaries],
                    DeonticKind = o.DeonticKind,
                    PerformanceKind = o.PerformanceKind,
                    Deadline = o.Deadline is NoDeadline ? null : ToDto(o.Deadline),
                    Condition = o.Condition is { } c ? new ConditionDto { Kind = c.Kind, Description = c.Description } : null,
                    Description = o.Description,
                    Basis = o.Basis,
                    Quantities = quantities,
                    InParallelWith = [.. o.InParallelWith],
                    PlaceIds = [.. o.PlaceIds],
                });
            }

            articles.Add(new ArticleDto { Number = article.Number, Text = article.Text, Variants = variants, Obligations = obligations });
        }

        var crossReferences = new List<CrossReferenceDto>();
        foreach (var x in s.CrossReferences)
        {
            crossReferences.Add(new CrossReferenceDto { Catalogue = x.Catalogue, Id = x.Id, Url = x.Url });
        }

        var places = new List<PlaceDto>();
        foreach (var p in s.Places)
        {
            var aliases = new List<PlaceNameDto>();
            for (var i = 1; i < p.Names.Length; i++)
            {
                aliases.Add(new PlaceNameDto { Name = p.Names[i].Name, Usage = p.Names[i].Usage });
            }

            places.Add(new PlaceDto { Id = p.Id, Name = p.Name, NameUsage = p.Names[0].Usage, Aliases = aliases });
        }

        return new StatementDocument
        {
            SchemaVersion = SchemaVersion,
            Title = s.Title,
            SignedOn = s.SignedOn,
            TimeZone = s.TimeZone.Id,
            EffectiveFrom = s.EffectiveFrom,
            Actors = actors,
            Articles = articles,
            Sources = ToDtos(s.Sources),
            CrossReferences = crossReferences,
            Places = places,
        };
    }

    public static TimelineDocument ToDocument(Timeline timeline)
    {
        var claims = new List<ClaimDto>(timeline.Claims.Length);
        foreach (var c in timeline.Claims)
        {
            claims.Add(new ClaimDto
            {
                Id = c.Id,
                Kind = c.Kind,
                ObligationIds = [.. c.ObligationIds],
                Date = ToDto(c.Date),
                End = c.End is { } end ? ToDto(end) : null,
                Claimant = new ClaimantDto { Name = c.Claimant.Name, ActorId = c.Claimant.ActorId, Side = c.Claimant.Side },
                ActorId = c.ActorId,
                Sources = ToDtos(c.Sources),
                KnownOn = c.KnownOn,
                Summary = c.Summary,
                Quantity = c.Quantity is { } q ? new QuantityDto { Value = q.Value, Unit = q.Unit } : null,
                NewDeadline = c.NewDeadline is { } d ? ToDto(d) : null,
                RequestedBy = c.RequestedBy,
                AgreedBy = c.AgreedBy.IsEmpty ? null : [.. c.AgreedBy],
                Reason = c.Reason,
                Contradicts = c.Contradicts.IsEmpty ? null : [.. c.Contradicts],
            });
        }

        return new TimelineDocument { SchemaVersion = SchemaVersion, Claims = claims };
    }

    public static ReportDocument ToDocument(ComplianceReport report)
    {
        var obligations = new List<AssessmentDto>(report.Obligations.Length);
        foreach (var a in report.Obligations)
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
                    EndedAt = b.EndedAt is { } ended ? ToDto(ended) : null,
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
                progress.Add(new QuantityDto { Value = q.Value, Unit = q.Unit });
            }

            obligations.Add(new AssessmentDto
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
            });
        }

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
            result.Add(new ClaimUseDto { ClaimId = u.Claim.Id, Role = u.Role });
        }

        return result;
    }

    private static List<CitationDto> ToDtos(ImmutableArray<Citation> citations)
    {
        var result = new List<CitationDto>(citations.Length);
        foreach (var c in citations)
        {
            result.Add(new CitationDto { Source = c.Source, Locator = c.Locator });
        }

        return result;
    }

    private static DeadlineDto ToDto(Deadline deadline) => deadline switch
    {
        DateDeadline d => new DeadlineDto { Kind = DeadlineKind.Date, Date = d.Date, Interpretation = d.Interpretation },
        InstantDeadline i => new DeadlineDto { Kind = DeadlineKind.Instant, Instant = i.Instant },
        LocalDeadline l => new DeadlineDto { Kind = DeadlineKind.LocalDateTime, Local = l.Local },
        RelativeDeadline r => new DeadlineDto { Kind = DeadlineKind.Relative, Period = r.Period, Anchor = r.Anchor },
        RenewableTerm t => new DeadlineDto { Kind = DeadlineKind.RenewableTerm, Term = t.Term, Renewal = t.Renewal, Notice = t.Notice },
        _ => new DeadlineDto { Kind = DeadlineKind.None },
    };

    private static ClaimDateDto ToDto(ClaimDate date) => date.Precision switch
    {
        DatePrecision.Instant => new ClaimDateDto { Precision = DatePrecision.Instant, Instant = date.Instant },
        DatePrecision.Day => new ClaimDateDto { Precision = DatePrecision.Day, First = date.First },
        _ => new ClaimDateDto { Precision = date.Precision, First = date.First, Last = date.Last, Quantifier = date.Quantifier == DateQuantifier.Throughout ? DateQuantifier.Throughout : null },
    };

    // ---- reading ----

    public static StatementBuilder ToBuilder(StatementDocument d, ProblemList problems)
    {
        var b = new StatementBuilder().Titled(d.Title).SignedOn(d.SignedOn).InTimeZone(d.TimeZone).EffectiveFrom(d.EffectiveFrom);
        var actors = d.Actors ?? [];
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            var ab = new ActorBuilder(a.Id, a.Name) { ParentId = a.ParentId, Description = a.Description };
            var roles = a.Roles ?? [];
            for (var k = 0; k < roles.Count; k++)
            {
                var found = false;
                foreach (var (role, name) in RoleNames)
                {
                    if (string.Equals(roles[k], name, StringComparison.Ordinal))
                    {
                        ab.Roles |= role;
                        found = true;
                    }
                }

                if (!found)
                {
                    problems.Add(string.Concat("$.actors[", Text.Number(i), "].roles[", Text.Number(k), "]"), string.Concat("unknown role '", roles[k], "'; roles are: signatory, party, guarantor, implementingBody, supervisingBody, nonSignatoryAgreed"));
                }
            }

            ab.Aliases.AddAll(a.Aliases);

            b.Actors.Add(ab);
        }

        for (var i = 0; i < d.Articles.Count; i++)
        {
            var a = d.Articles[i];
            var path = string.Concat("$.articles[", Text.Number(i), "]");
            var ab = new ArticleBuilder(a.Number, a.Text);
            var variants = a.Variants ?? [];
            for (var j = 0; j < variants.Count; j++)
            {
                var v = variants[j];
                var vPath = string.Concat(path, ".variants[", Text.Number(j), "]");
                var vb = new TextVariantBuilder(v.Label, v.Text) { Language = v.Language };
                AddCitations(vb.Sources, v.Sources, vPath + ".sources", problems);
                var readings = v.DeadlineReadings ?? [];
                for (var k = 0; k < readings.Count; k++)
                {
                    var rPath = string.Concat(vPath, ".deadlineReadings[", Text.Number(k), "]");
                    var deadline = ToDeadline(readings[k].Deadline, rPath + ".deadline", problems);
                    if (deadline is not null)
                    {
                        Try(rPath + ".obligationId", problems, () => vb.DeadlineReadings.Add(new DeadlineReading(readings[k].ObligationId, deadline)));
                    }
                }

                ab.Variants.Add(vb);
            }

            var obligations = a.Obligations ?? [];
            for (var j = 0; j < obligations.Count; j++)
            {
                var o = obligations[j];
                var oPath = string.Concat(path, ".obligations[", Text.Number(j), "]");
                var ob = new ObligationBuilder(o.Id)
                {
                    ObligorUnnamed = o.ObligorUnnamed ?? false,
                    DeonticKind = o.DeonticKind,
                    PerformanceKind = o.PerformanceKind,
                    Description = o.Description,
                    Basis = o.Basis,
                    Deadline = o.Deadline is null ? Deadline.None : ToDeadline(o.Deadline, oPath + ".deadline", problems) ?? Deadline.None,
                };
                if (o.Condition is { } c)
                {
                    Try(oPath + ".condition", problems, () => ob.Condition = new Condition(c.Kind, c.Description));
                }

                ob.Obligors.AddAll(o.Obligors);
                ob.Beneficiaries.AddAll(o.Beneficiaries);
                ob.InParallelWith.AddAll(o.InParallelWith);
                ob.PlaceIds.AddAll(o.PlaceIds);
                var quantities = o.Quantities ?? [];
                for (var k = 0; k < quantities.Count; k++)
                {
                    var q = quantities[k];
                    Try(string.Concat(oPath, ".quantities[", Text.Number(k), "]"), problems, () => ob.Quantities.Add(new Quantity(q.Value, q.Unit)));
                }

                ab.Obligations.Add(ob);
            }

            b.Articles.Add(ab);
        }

        AddCitations(b.Sources, d.Sources ?? [], "$.sources", problems);
        var crossReferences = d.CrossReferences ?? [];
        for (var i = 0; i < crossReferences.Count; i++)
        {
            var x = crossReferences[i];
            Try(string.Concat("$.crossReferences[", Text.Number(i), "]"), problems, () => b.CrossReferences.Add(new CrossReference(x.Catalogue, x.Id, x.Url)));
        }

        var places = d.Places ?? [];
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            var pb = new PlaceBuilder(p.Id, p.Name) { NameUsage = p.NameUsage };
            var aliases = p.Aliases ?? [];
            for (var k = 0; k < aliases.Count; k++)
            {
                var alias = aliases[k];
                Try(string.Concat("$.places[", Text.Number(i), "].aliases[", Text.Number(k), "]"), problems, () => pb.Aliases.Add(new PlaceName(alias.Name, alias.Usage)));
            }

            b.Places.Add(pb);
        }

        return b;
    }

    public static TimelineBuilder ToBuilder(TimelineDocument d, Statement statement, ProblemList problems)
    {
        var b = Timeline.CreateBuilder(statement);
        for (var i = 0; i < d.Claims.Count; i++)
        {
            var c = d.Claims[i];
            var path = string.Concat("$.claims[", Text.Number(i), "]");
            var cb = new ClaimBuilder(c.Id)
            {
                Kind = c.Kind,
                ActorId = c.ActorId,
                KnownOn = c.KnownOn,
                Summary = c.Summary,
                RequestedBy = c.RequestedBy,
                Reason = c.Reason,
                Date = ToClaimDate(c.Date, path + ".date", problems),
                End = c.End is null ? null : ToClaimDate(c.End, path + ".end", problems),
                NewDeadline = c.NewDeadline is null ? null : ToDeadline(c.NewDeadline, path + ".newDeadline", problems),
            };
            Try(path + ".claimant", problems, () => cb.Claimant = new Claimant(c.Claimant.Name, c.Claimant.ActorId, c.Claimant.Side));
            if (c.Quantity is { } q)
            {
                Try(path + ".quantity", problems, () => cb.Quantity = new Quantity(q.Value, q.Unit));
            }

            cb.ObligationIds.AddAll(c.ObligationIds);
            cb.AgreedBy.AddAll(c.AgreedBy);
            cb.Contradicts.AddAll(c.Contradicts);
            AddCitations(cb.Sources, c.Sources, path + ".sources", problems);
            b.Claims.Add(cb);
        }

        return b;
    }

    public static ComplianceReport ToReport(ReportDocument d, Statement statement, Timeline timeline, ProblemList problems)
    {
        if (d.StatementTitle != statement.Title)
        {
            problems.Add("$.statementTitle", string.Concat("the report is of \"", d.StatementTitle, "\", not of \"", statement.Title, "\""));
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
                problems.Add(path + ".obligationId", string.Concat("unknown obligation '", a.ObligationId, "'"));
                continue;
            }

            if (!seen.Add(a.ObligationId))
            {
                problems.Add(path + ".obligationId", string.Concat("duplicate obligation '", a.ObligationId, "'"));
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
                var endedAt = bd.EndedAt is null ? null : ToClaimDate(bd.EndedAt, bPath + ".endedAt", problems);
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
            var term = a.Term is { } t ? new TermPeriod(t.Number, t.Start, t.End, t.NoticeCutoff) : null;
            assessments.Add(new ObligationAssessment(obligation, a.Status, explanation, breaches.ToImmutable(), byObligor.ToImmutable(), progress.ToImmutable(), term, a.TerminationReason));
        }

        foreach (var o in statement.Obligations)
        {
            if (!seen.Contains(o.Id))
            {
                problems.Add("$.obligations", string.Concat("the report has no assessment of obligation '", o.Id, "'"));
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
                problems.Add("$.perspective.name", string.Concat("the name \"", p.Name, "\" does not match the perspective described (\"", perspective.Name, "\")"));
            }

            return perspective;
        }
        catch (ArgumentException e)
        {
            problems.Add("$.perspective", e.Message);
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
                result.Add(new ClaimUse(claim, list[k].Role));
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

        problems.Add(path, string.Concat("unknown claim '", id, "'"));
        return null;
    }

    private static Deadline? ToDeadline(DeadlineDto d, string path, ProblemList problems)
    {
        var before = problems.Count;
        void Need(bool present, string field)
        {
            if (!present)
            {
                problems.Add(string.Concat(path, ".", field), string.Concat("a ", d.Kind.ToString(), " deadline needs '", field, "'"));
            }
        }

        switch (d.Kind)
        {
            case DeadlineKind.None:
                return Deadline.None;
            case DeadlineKind.Date:
                Need(d.Date.HasValue, "date");
                Need(d.Interpretation.HasValue, "interpretation");
                return problems.Count == before ? new DateDeadline(d.Date!.Value, d.Interpretation!.Value) : null;
            case DeadlineKind.Instant:
                Need(d.Instant.HasValue, "instant");
                return problems.Count == before ? Deadline.At(d.Instant!.Value) : null;
            case DeadlineKind.LocalDateTime:
                Need(d.Local.HasValue, "local");
                return problems.Count == before ? Deadline.At(d.Local!.Value) : null;
            case DeadlineKind.Relative:
                Need(d.Period is not null, "period");
                return problems.Count == before ? Deadline.Within(d.Period!, d.Anchor ?? DeadlineAnchor.EffectiveFrom) : null;
            case DeadlineKind.RenewableTerm:
                Need(d.Term is not null, "term");
                Need(d.Renewal is not null, "renewal");
                Need(d.Notice is not null, "notice");
                return problems.Count == before ? Deadline.Renewable(d.Term!, d.Renewal!, d.Notice!) : null;
            default:
                problems.Add(path + ".kind", "unknown deadline kind");
                return null;
        }
    }

    private static ClaimDate? ToClaimDate(ClaimDateDto d, string path, ProblemList problems)
    {
        try
        {
            switch (d.Precision)
            {
                case DatePrecision.Instant when d.Instant is { } instant:
                    return ClaimDate.At(instant);
                case DatePrecision.Day when d.First is { } day:
                    return ClaimDate.On(day);
                case DatePrecision.Month when d.First is { } first && first.Day == 1:
                    return ClaimDate.InMonth(first.Year, first.Month).WithQuantifier(d.Quantifier ?? DateQuantifier.Within);
                case DatePrecision.Year when d.First is { } first && first.Day == 1 && first.Month == 1:
                    return ClaimDate.InYear(first.Year).WithQuantifier(d.Quantifier ?? DateQuantifier.Within);
                case DatePrecision.Range when d.First is { } first && d.Last is { } last:
                    return ClaimDate.Between(first, last).WithQuantifier(d.Quantifier ?? DateQuantifier.Within);
                default:
                    problems.Add(path, string.Concat("a ", d.Precision.ToString(), " date needs ", d.Precision switch
                    {
                        DatePrecision.Instant => "'instant'",
                        DatePrecision.Range => "'first' and 'last'",
                        DatePrecision.Month => "'first' on the first day of the month",
                        DatePrecision.Year => "'first' on 1 January",
                        _ => "'first'",
                    }));
                    return null;
            }
        }
        catch (ArgumentException e)
        {
            problems.Add(path, e.Message);
            return null;
        }
    }

    private static void AddCitations(IList<Citation> target, List<CitationDto> citations, string path, ProblemList problems)
    {
        for (var k = 0; k < citations.Count; k++)
        {
            var c = citations[k];
            Try(string.Concat(path, "[", Text.Number(k), "]"), problems, () => target.Add(new Citation(c.Source, c.Locator)));
        }
    }

    private static void Try(string path, ProblemList problems, Action action)
    {
        try
        {
            action();
        }
        catch (ArgumentException e)
        {
            problems.Add(path, FirstLine(e.Message));
        }
    }

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
