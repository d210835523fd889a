using System.Collections.Generic;

namespace Ceasefire.Domain.Serialization;

/// <summary>Maps a timeline to its wire shape, and the wire shape to a timeline builder.</summary>
internal static partial class DtoMapper
{
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

    public static TimelineBuilder ToBuilder(TimelineDocument d, Statement statement, ProblemList problems)
    {
        var b = Timeline.CreateBuilder(statement);
        for (var i = 0; i < d.Claims.Count; i++)
        {
            var c = d.Claims[i];
            var path = string.Concat("$.claims[", Text.Number(i), "]");
            var cb = new ClaimState
            {
                Id = c.Id,
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
}
