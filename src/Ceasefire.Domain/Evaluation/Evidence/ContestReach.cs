using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// What the contests of one obligation's evidence can reach, precomputed so the status-only evaluation can skip the
/// weighing of contests when none could change a fact (the test <c>DisputedRule</c> applies to each contest, made
/// once for all): which claims are in some contest, the largest contest, when a contested claim covers an instant,
/// and when a contested end of a breach cut short a breach that could cover it.
/// </summary>
internal sealed class ContestReach
{
    private readonly ulong[] _contested;
    private readonly Coverage _breaches;
    private readonly Coverage _attestations;
    private readonly Coverage _suspensions;
    private readonly Coverage _cut;
    private readonly int _largest;

    public ContestReach(ObligationEvidence x)
    {
        var n = x.Claims.Length;
        _contested = new ulong[(n + 63) >> 6];
        List<(Instant From, Instant To)> breaches = [], attestations = [], suspensions = [];
        var cut = new List<(Instant From, Instant To)>();
        for (var p = 0; p < n; p++)
        {
            if (x.Adjacent[p].Length == 0)
            {
                continue;
            }

            _contested[p >> 6] |= 1UL << (p & 63);
            if (x.Pieces[p] is { } own)
            {
                (x.Kinds[p] switch { ClaimKind.Suspended => suspensions, ClaimKind.ComplianceAttested => attestations, _ => breaches }).AddRange(own);
            }

            if (x.Kinds[p] == ClaimKind.BreachEnded && x.CutBreaches[p] is { } ended)
            {
                foreach (var b in ended)
                {
                    var end = x.Until[b] < x.Claims[b].CoverEnd ? x.Until[b] : x.Claims[b].CoverEnd;
                    cut.Add((x.AppliesAt[b], end));
                }
            }
        }

        _breaches = Coverage.Build(breaches);
        _attestations = Coverage.Build(attestations);
        _suspensions = Coverage.Build(suspensions);
        _cut = Coverage.Build(cut);

        // The most claims one contest can leave out on its two sides: the claims contradicted, and those contested with them.
        var mark = new HashSet<int>();
        foreach (var a in x.Contradictors)
        {
            mark.Clear();
            foreach (var b in x.Targets[a])
            {
                mark.UnionWith(x.Adjacent[b]);
            }

            var size = x.Targets[a].Length + mark.Count;
            _largest = size > _largest ? size : _largest;
        }
    }

    /// <summary>
    /// Whether no contest could change a fact the rules read at the context's instant: no claim a fact rests on is
    /// contested, the contested claims covering the instant are not all the claims of their kind covering it, no contested end cut short a breach that could cover it (when
    /// no breach covers it), and more claims count than any contest could leave out.
    /// </summary>
    public bool NoneMatters(RuleContext context)
    {
        var x = context.Evidence;
        var f = context.Facts;
        var t = context.AsOf;
        return context.N > _largest + x.FiniteUntil.Length
               && !Contested(f.Terminated) && !Contested(f.NoticeExpired) && !Contested(f.ConditionMet) && !Contested(f.Performed)
               && !Contested(f.Partial) && !Contested(f.NotPerformed) && !Contested(f.Extension)
               && Partly(_breaches, x.BreachCoverage, t) && Partly(_attestations, x.AttestationCoverage, t) && Partly(_suspensions, x.SuspensionCoverage, t)
               && (_cut.CountAt(t) == 0 || context.Breach != -1);
    }

    /// <summary>Whether leaving out contested claims leaves some claim covering t (or none covered it): a coverage changes only when none would remain.</summary>
    private static bool Partly(Coverage contested, Coverage all, Instant t)
    {
        var count = contested.CountAt(t);
        return count == 0 || all.CountAt(t) > count;
    }

    private bool Contested(int p) => p >= 0 && (_contested[p >> 6] & (1UL << (p & 63))) != 0;
}
