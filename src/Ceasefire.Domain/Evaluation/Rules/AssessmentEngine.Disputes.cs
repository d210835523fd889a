using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>The "disputed" rule: contradicting claims weighed by evaluating both sides.</summary>
internal sealed partial class AssessmentEngine
{
    private bool TryDispute(ObligationIndex index, List<CompiledClaim> counted, Instant asOf, Decision decision)
    {
        foreach (var a in counted)
        {
            if (a.Claim.Contradicts.IsEmpty)
            {
                continue;
            }

            // a contradicts the claims it names: believe them (drop a) versus believe a (drop every counted claim it contradicts).
            var contradicted = new List<CompiledClaim>();
            foreach (var b in counted)
            {
                if (a.Claim.Contradicts.Contains(b.Claim.Id))
                {
                    contradicted.Add(b);
                }
            }

            if (contradicted.Count == 0)
            {
                continue;
            }

            // The opposing camp: a and every other counted claim that contradicts what a contradicts.
            var camp = new List<CompiledClaim>();
            foreach (var c in counted)
            {
                foreach (var b in contradicted)
                {
                    if (c.Claim.Contradicts.Contains(b.Claim.Id) || b.Claim.Contradicts.Contains(c.Claim.Id))
                    {
                        camp.Add(c);
                        break;
                    }
                }
            }

            var withOthers = Without(counted, camp);
            var withA = Without(counted, contradicted);
            var sideOthers = Core(index, withOthers, asOf, new Decision());
            var sideA = Core(index, withA, asOf, new Decision());
            var names = Describe(contradicted);
            if (sideA.Status == sideOthers.Status)
            {
                decision.Sentences.Add(string.Concat("Claim ", a.Claim.Id, " (", a.Claim.Claimant.Name, ") contradicts ", names,
                    ", but either way the status is ", sideA.Status.ToString(), "."));
                continue;
            }

            decision.Sides.Add(new DisputeSide(sideOthers.Status, Claims(contradicted)));
            decision.Sides.Add(new DisputeSide(sideA.Status, Claims(camp)));
            foreach (var b in contradicted)
            {
                decision.Use(b.Claim, ClaimRole.DisputeOneSide, sideOthers.Status);
            }

            foreach (var c in camp)
            {
                decision.Use(c.Claim, ClaimRole.DisputeOtherSide, sideA.Status);
            }
            decision.Due = sideOthers.Due;
            decision.DeadlineReading = sideOthers.DeadlineReading;
            decision.Breaches.AddRange(sideOthers.Breaches);
            decision.Decide(ObligationStatus.Disputed, RuleIds.Disputed, string.Concat(
                "Disputed: per ", names, ", ", sideOthers.Status.ToString(), "; per ",
                Describe(camp), ", who contradict", camp.Count == 1 ? "s" : string.Empty, " that, ", sideA.Status.ToString(), "."));
            decision.Sentences.Add(string.Concat("One side: ", sideOthers.Reason));
            decision.Sentences.Add(string.Concat("Other side: ", sideA.Reason));
            return true;
        }

        return false;
    }

    private static string Describe(List<CompiledClaim> claims)
    {
        var parts = new List<string>(claims.Count);
        foreach (var c in claims)
        {
            parts.Add(string.Concat(c.Claim.Claimant.Name, " (", c.Claim.Date.ToString(), ")"));
        }

        return string.Join(" and ", parts);
    }

    private static List<CompiledClaim> Without(List<CompiledClaim> claims, List<CompiledClaim> removed)
    {
        var result = new List<CompiledClaim>(claims.Count);
        foreach (var c in claims)
        {
            if (!removed.Contains(c))
            {
                result.Add(c);
            }
        }

        return result;
    }

    private static ImmutableArray<Claim> Claims(List<CompiledClaim> claims)
    {
        var result = ImmutableArray.CreateBuilder<Claim>(claims.Count);
        foreach (var c in claims)
        {
            result.Add(c.Claim);
        }

        return result.MoveToImmutable();
    }
}
