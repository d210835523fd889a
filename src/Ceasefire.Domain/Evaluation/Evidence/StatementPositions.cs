using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// The statement's own status from each counted claimant's latest dated position (docs/semantics.md, section 6):
/// in force (an affirmation, or a denial), obsolete (a position, never a termination) or terminated.
/// </summary>
internal static class StatementPositions
{
    public static (StatementStatus Status, string Reason, ImmutableArray<ClaimUse> Used) Evaluate(Statement statement, CompiledClaim[] claims, Instant asOf, Perspective perspective)
    {
        if (asOf < statement.EffectiveFrom)
        {
            return (StatementStatus.NotYetInForce, string.Concat("Before the effective instant ", Text.Iso(statement.EffectiveFrom), "."), []);
        }

        var latest = new Dictionary<string, CompiledClaim>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (c.AppliesAt > asOf)
            {
                break;
            }

            if (perspective.Includes(c.Claim, out _))
            {
                latest[c.Claim.Claimant.CountsFor ?? c.Claim.Claimant.Name] = c;
            }
        }

        if (latest.Count == 0)
        {
            return (StatementStatus.InForce, "In force: no counted claim says otherwise.", []);
        }

        List<CompiledClaim> ended = [], obsolete = [], inForce = [];
        foreach (var c in latest.Values)
        {
            (c.Claim.Kind switch
            {
                ClaimKind.Terminated => ended,
                ClaimKind.ObsoleteAsserted => obsolete,
                _ => inForce,
            }).Add(c);
        }

        var used = ImmutableArray.CreateBuilder<ClaimUse>();
        Use(used, ended, ClaimRole.StatementEnded);
        Use(used, obsolete, ClaimRole.StatementObsolete);
        Use(used, inForce, ClaimRole.StatementInForce);
        if (ended.Count == 0 && obsolete.Count == 0)
        {
            return (StatementStatus.InForce, string.Concat("In force, as affirmed by ", Names(inForce), "."), used.ToImmutable());
        }

        if (inForce.Count == 0 && obsolete.Count == 0)
        {
            return (StatementStatus.Terminated, string.Concat("Ended (", ended[^1].Claim.Reason?.ToString() ?? "no reason given", "), per ", Names(ended), "."), used.ToImmutable());
        }

        var against = new List<string>();
        if (ended.Count > 0)
        {
            against.Add(string.Concat("ended per ", Names(ended)));
        }

        if (obsolete.Count > 0)
        {
            against.Add(string.Concat("no longer applicable per ", Names(obsolete), " (a position, not a termination)"));
        }

        var reason = inForce.Count > 0
            ? string.Concat("Disputed whether in force: ", string.Join("; ", against), "; in force per ", Names(inForce), ".")
            : string.Concat("Disputed whether in force: ", string.Join("; ", against), ".");
        return (StatementStatus.DisputedWhetherInForce, reason, used.ToImmutable());
    }

    private static void Use(ImmutableArray<ClaimUse>.Builder used, List<CompiledClaim> claims, ClaimRole role)
    {
        claims.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        foreach (var c in claims)
        {
            used.Add(new ClaimUse(c.Claim, role));
        }
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
}
