using System;
using System.Collections.Generic;

namespace Ceasefire.Domain.Serialization;

/// <summary>Maps a statement to its wire shape, and the wire shape to a statement builder.</summary>
internal static partial class DtoMapper
{
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
                    readings.Add(new DeadlineReadingDto { ObligationId = r.ObligationId, Deadline = DeadlineDto.From(r.Deadline) });
                }

                variants.Add(new VariantDto { Label = v.Label, Text = v.Text, Language = v.Language, Sources = CitationDto.From(v.Sources), DeadlineReadings = readings });
            }

            var obligations = new List<ObligationDto>();
            foreach (var o in article.Obligations)
            {
                var quantities = new List<QuantityDto>();
                foreach (var q in o.Quantities)
                {
                    quantities.Add(QuantityDto.From(q));
                }

                obligations.Add(new ObligationDto
                {
                    Id = o.Id,
                    Obligors = [.. o.Obligors],
                    ObligorUnnamed = o.ObligorUnnamed ? true : null,
                    Beneficiaries = [.. o.Beneficiaries],
                    DeonticKind = o.DeonticKind,
                    PerformanceKind = o.PerformanceKind,
                    Deadline = o.Deadline is NoDeadline ? null : DeadlineDto.From(o.Deadline),
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
            Sources = CitationDto.From(s.Sources),
            CrossReferences = crossReferences,
            Places = places,
        };
    }

    public static StatementBuilder ToBuilder(StatementDocument d, ProblemList problems)
    {
        var b = new StatementState { Title = d.Title, SignedOn = d.SignedOn, TimeZoneId = d.TimeZone, EffectiveInstant = d.EffectiveFrom };
        var actors = d.Actors ?? [];
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            var ab = new ActorState { Id = a.Id, Name = a.Name, ParentId = a.ParentId, Description = a.Description };
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
                    problems.Add(string.Concat("$.actors[", Text.Number(i), "].roles[", Text.Number(k), "]"), ValidationCodes.UnknownValue, string.Concat("unknown role '", roles[k], "'; roles are: signatory, party, guarantor, implementingBody, supervisingBody, nonSignatoryAgreed"));
                }
            }

            ab.Aliases.AddAll(a.Aliases);

            b.Actors.Add(ab);
        }

        for (var i = 0; i < d.Articles.Count; i++)
        {
            var a = d.Articles[i];
            var path = string.Concat("$.articles[", Text.Number(i), "]");
            var ab = new ArticleState { Number = a.Number, Text = a.Text };
            var variants = a.Variants ?? [];
            for (var j = 0; j < variants.Count; j++)
            {
                var v = variants[j];
                var vPath = string.Concat(path, ".variants[", Text.Number(j), "]");
                var vb = new TextVariantState { Label = v.Label, Text = v.Text, Language = v.Language };
                vb.Sources.AddRange(WireValues.ToCitations(v.Sources, vPath + ".sources", problems));
                var readings = v.DeadlineReadings ?? [];
                for (var k = 0; k < readings.Count; k++)
                {
                    var rPath = string.Concat(vPath, ".deadlineReadings[", Text.Number(k), "]");
                    var deadline = WireValues.ToDeadline(readings[k].Deadline, rPath + ".deadline", problems);
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
                var ob = new ObligationState
                {
                    Id = o.Id,
                    ObligorUnnamed = o.ObligorUnnamed ?? false,
                    DeonticKind = o.DeonticKind,
                    PerformanceKind = o.PerformanceKind,
                    Description = o.Description,
                    Basis = o.Basis,
                    Deadline = o.Deadline is null ? Deadline.None : WireValues.ToDeadline(o.Deadline, oPath + ".deadline", problems) ?? Deadline.None,
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

        b.Sources.AddRange(WireValues.ToCitations(d.Sources ?? [], "$.sources", problems));
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
            var pb = new PlaceState { Id = p.Id, Name = p.Name, NameUsage = p.NameUsage };
            var aliases = p.Aliases ?? [];
            for (var k = 0; k < aliases.Count; k++)
            {
                var alias = aliases[k];
                Try(string.Concat("$.places[", Text.Number(i), "].aliases[", Text.Number(k), "]"), problems, () => pb.Aliases.Add(new PlaceName(alias.Name, alias.Usage)));
            }

            b.Places.Add(pb);
        }

        return new StatementBuilder(b);
    }
}
