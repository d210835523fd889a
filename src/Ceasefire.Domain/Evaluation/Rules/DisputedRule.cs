using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// [disputed] Counted claims contradict each other (in a contest the perspective's trust ordering does not settle)
/// and the two sides lead to different statuses: the rules after this one are run on each side, one leaving out the
/// contradicting claims, the other the contradicted ones.
/// </summary>
internal sealed class DisputedRule() : BuiltInRule(RuleIds.Disputed)
{
    [ThreadStatic]
    private static Scratch? _scratch;

    public override RuleDecision? Decide(RuleContext context)
    {
        if (context.IsSide || context.AsOf < context.Evidence.FirstContest)
        {
            return null;
        }

        // Computing the status only, with the built-in rules: when no contest could change a fact, none is weighed (see MayMatter).
        if (!context.IsExplaining && !context.Chain.HasCustomRules && context.Evidence.Reach.NoneMatters(context))
        {
            return null;
        }

        // A user rule that evaluates again while sides are weighed gets its own scratch space.
        var shared = _scratch ??= new Scratch();
        var scratch = shared.Busy ? new Scratch() : shared;
        scratch.Busy = true;
        try
        {
            return Weigh(context, scratch);
        }
        finally
        {
            scratch.Busy = false;
        }
    }

    private static RuleDecision? Weigh(RuleContext context, Scratch scratch)
    {
        var x = context.Evidence;
        var contradictedBuffer = scratch.Contradicted;
        var campBuffer = scratch.Camp;
        scratch.Fit(x.Claims.Length);
        var inCamp = scratch.InCamp;
        var weighed = scratch.Weighed;
        var call = scratch.NextEpoch();
        foreach (var a in x.Contradictors)
        {
            if (a >= context.N)
            {
                break;
            }

            if (!context.Counts(a))
            {
                continue;
            }

            var k = 0;
            foreach (var b in x.Targets[a])
            {
                if (context.Counts(b))
                {
                    Add(ref contradictedBuffer, ref k, b);
                }
            }

            if (k == 0 || (k == 1 && weighed[contradictedBuffer[0]] == call))
            {
                continue;
            }

            if (k == 1)
            {
                weighed[contradictedBuffer[0]] = call;
            }

            var m = 0;
            var camping = scratch.NextEpoch();
            for (var i = 0; i < k; i++)
            {
                foreach (var c in x.Adjacent[contradictedBuffer[i]])
                {
                    if (inCamp[c] != camping && context.Counts(c))
                    {
                        inCamp[c] = camping;
                        Add(ref campBuffer, ref m, c);
                    }
                }
            }

            scratch.Contradicted = contradictedBuffer;
            scratch.Camp = campBuffer;
            var contradicted = contradictedBuffer.AsSpan(0, k);
            var camp = campBuffer.AsSpan(0, m);
            var quick = !context.IsExplaining && !context.Chain.HasCustomRules;
            if (quick && !MayMatter(context, contradicted, camp))
            {
                continue;
            }

            var othersFacts = Facts.Compute(x, context.N, context.AsOf, camp, context.IsExplaining);
            var sideFacts = Facts.Compute(x, context.N, context.AsOf, contradicted, context.IsExplaining);
            if (quick && othersFacts.Equals(context.AllFacts) && sideFacts.Equals(context.AllFacts))
            {
                // Leaving out either side changes nothing the rules read: both sides have the same status.
                continue;
            }

            var others = Side(context, scratch, camp, othersFacts);
            var side = Side(context, scratch, contradicted, sideFacts);
            if (others.Status == side.Status)
            {
                if (context.IsExplaining)
                {
                    context.Note(string.Concat("Claim ", context.ClaimAt(a).Id, " (", context.ClaimAt(a).Claimant.Name, ") contradicts ", Describe(context, contradicted),
                        ", but either way the status is ", side.Status.ToString(), "."));
                }

                continue;
            }

            return context.IsExplaining ? Explain(context, contradicted, camp, others, side) : RuleDecision.Bare(ObligationStatus.Disputed);
        }

        return null;
    }

    /// <summary>
    /// Whether leaving out a side could change a fact: only when it holds a claim a fact rests on (the first counted
    /// claim of its kind, the extension in force), a claim covering the instant, an end that cut a breach short, or
    /// when so few claims count that none might remain.
    /// </summary>
    private static bool MayMatter(RuleContext context, ReadOnlySpan<int> contradicted, ReadOnlySpan<int> camp)
    {
        var x = context.Evidence;
        if (context.N <= contradicted.Length + camp.Length + x.FiniteUntil.Length)
        {
            return true;
        }

        return Holds(context, contradicted) || Holds(context, camp);
    }

    private static bool Holds(RuleContext context, ReadOnlySpan<int> side)
    {
        var x = context.Evidence;
        var f = context.Facts;
        var t = context.AsOf;
        int breaches = 0, attestations = 0, suspensions = 0;
        foreach (var r in side)
        {
            if (r == f.Terminated || r == f.NoticeExpired || r == f.ConditionMet || r == f.Performed || r == f.Partial || r == f.NotPerformed || r == f.Extension)
            {
                return true;
            }

            var kind = x.Kinds[r];
            if (kind is ClaimKind.Suspended or ClaimKind.ComplianceAttested or ClaimKind.Breached or ClaimKind.Incident && Facts.Covers(x, r, t))
            {
                switch (kind)
                {
                    case ClaimKind.Suspended:
                        suspensions++;
                        break;
                    case ClaimKind.ComplianceAttested:
                        attestations++;
                        break;
                    default:
                        breaches++;
                        break;
                }
            }

            // Leaving out an end can only start a coverage, and only of a breach it had cut short that could cover t.
            if (kind == ClaimKind.BreachEnded && context.Breach == -1 && x.CutBreaches[r] is { } cut)
            {
                foreach (var b in cut)
                {
                    if (x.Live(b, context.N, t) && t < x.Claims[b].CoverEnd)
                    {
                        return true;
                    }
                }
            }
        }

        // Leaving out covering claims changes a coverage only when none would remain.
        return (breaches > 0 && x.BreachCoverage.CountAt(t) <= breaches)
               || (attestations > 0 && x.AttestationCoverage.CountAt(t) <= attestations)
               || (suspensions > 0 && x.SuspensionCoverage.CountAt(t) <= suspensions);
    }

    private static void Add(ref int[] buffer, ref int count, int value)
    {
        if (count == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        buffer[count++] = value;
    }

    /// <summary>The status (and reason, when explaining) of the rules after this one with some claims left out.</summary>
    private static RuleDecision Side(RuleContext context, Scratch scratch, ReadOnlySpan<int> excluded, Facts facts)
    {
        var side = context.IsExplaining ? new RuleContext() : scratch.Side;
        side.Reset(context.Statement, context.Chain, context.Evidence, context.AsOf, context.Perspective, context.StatementStatus, context.N, excluded,
            context.IsExplaining ? new ExplanationSink() : null, true, facts);
        return context.Chain.Run(side, context.Position + 1, out _);
    }

    private static RuleDecision Explain(RuleContext context, ReadOnlySpan<int> contradicted, ReadOnlySpan<int> camp, RuleDecision others, RuleDecision side)
    {
        var sink = context.Sink!;
        sink.Sides.Add(new DisputeSide(others.Status, Claims(context, contradicted)));
        sink.Sides.Add(new DisputeSide(side.Status, Claims(context, camp)));
        foreach (var b in contradicted)
        {
            context.Use(b, ClaimRole.DisputeOneSide, others.Status);
        }

        foreach (var c in camp)
        {
            context.Use(c, ClaimRole.DisputeOtherSide, side.Status);
        }

        context.Note(string.Concat("One side: ", others.Reason));
        context.Note(string.Concat("Other side: ", side.Reason));
        return new RuleDecision(ObligationStatus.Disputed, string.Concat("Disputed: per ", Describe(context, contradicted), ", ", others.Status.ToString(), "; per ",
            Describe(context, camp), ", who contradict", camp.Length == 1 ? "s" : string.Empty, " that, ", side.Status.ToString(), "."));
    }

    private static ImmutableArray<Claim> Claims(RuleContext context, ReadOnlySpan<int> positions)
    {
        var result = ImmutableArray.CreateBuilder<Claim>(positions.Length);
        foreach (var p in positions)
        {
            result.Add(context.ClaimAt(p));
        }

        return result.MoveToImmutable();
    }

    private static string Describe(RuleContext context, ReadOnlySpan<int> positions)
    {
        var parts = new List<string>(positions.Length);
        foreach (var p in positions)
        {
            var claim = context.ClaimAt(p);
            parts.Add(string.Concat(claim.Claimant.Name, " (", claim.Date.ToString(), ")"));
        }

        return string.Join(" and ", parts);
    }

    /// <summary>
    /// Buffers reused across evaluations on one thread: the contested claims, and marks per claim position, valid while
    /// equal to the current epoch (in the camp being built, or already weighed as the single claim a contest contradicts:
    /// several denials of one claim make one contest).
    /// </summary>
    private sealed class Scratch
    {
        private int _epoch;

        public bool Busy { get; set; }

        public int[] Contradicted { get; set; } = new int[16];

        public int[] Camp { get; set; } = new int[16];

        public int[] InCamp { get; private set; } = [];

        public int[] Weighed { get; private set; } = [];

        public RuleContext Side { get; } = new();

        public void Fit(int length)
        {
            if (InCamp.Length < length)
            {
                InCamp = new int[Math.Max(length, 64)];
                Weighed = new int[InCamp.Length];
            }
        }

        public int NextEpoch()
        {
            if (_epoch == int.MaxValue)
            {
                // Stale marks could equal a reused epoch: start again from clean arrays.
                Array.Clear(InCamp);
                Array.Clear(Weighed);
                _epoch = 0;
            }

            return ++_epoch;
        }
    }
}
