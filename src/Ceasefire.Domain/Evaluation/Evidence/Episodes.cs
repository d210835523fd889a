using System.Collections.Immutable;

namespace Ceasefire.Domain.Evaluation;

/// <summary>The breach episodes counted at an instant (docs/semantics.md, section 7), for assessments, histories and charts.</summary>
internal static class Episodes
{
    /// <summary>Every counted breach episode by the context's instant, earliest first: incidents and breach states, ended or ongoing.</summary>
    public static ImmutableArray<BreachRecord> At(RuleContext context)
    {
        var x = context.Evidence;
        var t = context.AsOf;
        var result = ImmutableArray.CreateBuilder<BreachRecord>();
        foreach (var p in x.Breaches)
        {
            if (p >= context.N)
            {
                break;
            }

            if (!context.Counts(p))
            {
                continue;
            }

            var c = x.Claims[p];
            var claim = c.Claim;
            if (claim.Kind == ClaimKind.Incident)
            {
                result.Add(new BreachRecord(claim, claim.ActorId, claim.Date, claim.Date, claim, false)
                {
                    IsIncident = true,
                    From = c.Start,
                    Until = t >= c.CoverEnd ? c.CoverEnd : null,
                });
                continue;
            }

            if (c.EndAppliesAt is { } end && end <= t)
            {
                result.Add(new BreachRecord(claim, claim.ActorId, claim.Date, claim.End, claim, false) { From = c.Start, Until = end });
                continue;
            }

            var ender = -1;
            foreach (var e in x.Enders)
            {
                if (e >= context.N)
                {
                    break;
                }

                if (context.Counts(e) && x.Ends(e, p))
                {
                    ender = e;
                    break;
                }
            }

            result.Add(ender < 0
                ? new BreachRecord(claim, claim.ActorId, claim.Date, null, null, true) { From = c.Start }
                : new BreachRecord(claim, claim.ActorId, claim.Date, x.Claims[ender].Claim.Date, x.Claims[ender].Claim, false) { From = c.Start, Until = x.Claims[ender].AppliesAt });
        }

        return result.ToImmutable();
    }
}
