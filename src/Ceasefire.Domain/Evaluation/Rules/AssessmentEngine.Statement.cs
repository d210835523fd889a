using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>The statement's own status: each claimant's latest position on whether it is in force.</summary>
internal sealed partial class AssessmentEngine
{
    public (StatementStatus Status, string Reason, ImmutableArray<ClaimUse> Used) EvaluateStatement(Instant asOf, Perspective perspective)
    {
        if (asOf < _statement.EffectiveFrom)
        {
            return (StatementStatus.NotYetInForce, string.Concat("Before the effective instant ", Text.Iso(_statement.EffectiveFrom), "."), []);
        }

        // Each claimant's latest position counts: ended (a termination) or in force (an affirmation or a denial).
        var latest = new Dictionary<string, CompiledClaim>(StringComparer.Ordinal);
        foreach (var c in _statementClaims)
        {
            if (c.AppliesAt > asOf)
            {
                break;
            }

            if (!perspective.Includes(c.Claim, out _))
            {
                continue;
            }

            latest[c.Claim.Claimant.CountsFor ?? c.Claim.Claimant.Name] = c;
        }

        if (latest.Count == 0)
        {
            return (StatementStatus.InForce, "In force: no counted claim says otherwise.", []);
        }

        var ended = new List<CompiledClaim>();
        var inForce = new List<CompiledClaim>();
        foreach (var c in latest.Values)
        {
            (c.Claim.Kind == ClaimKind.Terminated ? ended : inForce).Add(c);
        }

        ended.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        inForce.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        var used = ImmutableArray.CreateBuilder<ClaimUse>();
        foreach (var c in ended)
        {
            used.Add(new ClaimUse(c.Claim, ClaimRole.StatementEnded));
        }

        foreach (var c in inForce)
        {
            used.Add(new ClaimUse(c.Claim, ClaimRole.StatementInForce));
        }

        if (ended.Count == 0)
        {
            return (StatementStatus.InForce, string.Concat("In force, as affirmed by ", Names(inForce), "."), used.ToImmutable());
        }

        if (inForce.Count == 0)
        {
            return (StatementStatus.Terminated, string.Concat("Ended (", ended[^1].Claim.Reason?.ToString() ?? "no reason given", "), per ", Names(ended), "."), used.ToImmutable());
        }

        return (StatementStatus.DisputedWhetherInForce, string.Concat("Disputed whether in force: ended per ", Names(ended), "; in force per ", Names(inForce), "."), used.ToImmutable());
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
