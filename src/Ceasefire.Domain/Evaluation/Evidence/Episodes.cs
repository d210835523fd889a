using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

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
        EnderIndex? enders = null;
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

            enders ??= new EnderIndex(context);
            var ender = enders.FirstEnding(p);

            result.Add(ender < 0
                ? new BreachRecord(claim, claim.ActorId, claim.Date, null, null, true) { From = c.Start }
                : new BreachRecord(claim, claim.ActorId, claim.Date, x.Claims[ender].Claim.Date, x.Claims[ender].Claim, false) { From = c.Start, Until = x.Claims[ender].AppliesAt });
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Finds, for a breach state, the first counted claim (in evidence order) that ends it (<see cref="ObligationEvidence.Ends"/>:
    /// it starts no earlier than the breach, and names the same actor or none on either side) in logarithmic time, so
    /// that many breaches and many enders cost n log n rather than n x m (issue "Hardening round two", 7).
    /// </summary>
    private sealed class EnderIndex
    {
        private readonly ObligationEvidence _x;
        private readonly Group _anyActor;
        private readonly Group _noActor;
        private readonly Dictionary<string, Group> _byActor = new(StringComparer.Ordinal);

        public EnderIndex(RuleContext context)
        {
            _x = context.Evidence;
            var all = new List<int>();
            var none = new List<int>();
            var byActor = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var e in _x.Enders)
            {
                if (e >= context.N)
                {
                    break;
                }

                if (!context.Counts(e))
                {
                    continue;
                }

                all.Add(e);
                if (_x.Claims[e].Claim.ActorId is { } actor)
                {
                    if (!byActor.TryGetValue(actor, out var list))
                    {
                        byActor[actor] = list = [];
                    }

                    list.Add(e);
                }
                else
                {
                    none.Add(e);
                }
            }

            _anyActor = new Group(_x, all);
            _noActor = new Group(_x, none);
            foreach (var (actor, list) in byActor)
            {
                _byActor[actor] = new Group(_x, list);
            }
        }

        /// <summary>The first counted ender of the breach at position <paramref name="breach"/>, or -1.</summary>
        public int FirstEnding(int breach)
        {
            var b = _x.Claims[breach];
            if (b.Claim.Kind != ClaimKind.Breached)
            {
                return -1;
            }

            if (b.Claim.ActorId is not { } actor)
            {
                return _anyActor.FirstFrom(b.Start);
            }

            var first = _noActor.FirstFrom(b.Start);
            if (_byActor.TryGetValue(actor, out var group))
            {
                var own = group.FirstFrom(b.Start);
                first = first < 0 ? own : own < 0 ? first : Math.Min(first, own);
            }

            return first;
        }

        /// <summary>Enders sorted by start, latest first, with the smallest position among each prefix.</summary>
        private sealed class Group
        {
            private readonly Instant[] _starts;
            private readonly int[] _minPosition;

            public Group(ObligationEvidence x, List<int> enders)
            {
                enders.Sort((a, b) => x.Claims[b].Start.CompareTo(x.Claims[a].Start));
                _starts = new Instant[enders.Count];
                _minPosition = new int[enders.Count];
                for (var i = 0; i < enders.Count; i++)
                {
                    _starts[i] = x.Claims[enders[i]].Start;
                    _minPosition[i] = i == 0 ? enders[i] : Math.Min(_minPosition[i - 1], enders[i]);
                }
            }

            /// <summary>The smallest position among enders starting at or after <paramref name="start"/>, or -1.</summary>
            public int FirstFrom(Instant start)
            {
                // Count the enders whose start is >= start: they form a prefix of the descending order.
                int lo = 0, hi = _starts.Length;
                while (lo < hi)
                {
                    var mid = (lo + hi) >>> 1;
                    if (_starts[mid] >= start)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                return lo == 0 ? -1 : _minPosition[lo - 1];
            }
        }
    }
}
