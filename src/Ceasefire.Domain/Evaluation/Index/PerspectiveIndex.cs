using System;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// One perspective's precomputed view of a compiled timeline. For each obligation it keeps the claims inside the
/// perspective sorted by the instant they start to count, and per kind of claim the positions of those claims, so that
/// the claims counted at an instant are a prefix found by binary search and each fact the status depends on (first
/// performance, any breach, the latest agreed extension, an open suspension, ...) is read from the head of a short list.
/// Contradictions are weighed the way the rule chain weighs them, by evaluating both sides on the same lists with the
/// contested claims left out. Evaluating one obligation allocates nothing. Built once per perspective, on first use.
/// </summary>
internal sealed partial class PerspectiveIndex
{
    private const int StackLimit = 64;
    private static readonly Instant Never = Instant.MaxValue;

    private readonly Lists[] _lists;
    private readonly Instant[] _statementChanges;
    private readonly StatementStatus[] _statementStatuses;
    private readonly DeadlineContext _context;

    public PerspectiveIndex(Statement statement, ObligationIndex[] obligations, CompiledClaim[] statementClaims, Perspective perspective, AssessmentEngine engine)
    {
        EffectiveFrom = statement.EffectiveFrom;
        _context = statement.DeadlineContext;
        _lists = new Lists[obligations.Length];
        for (var i = 0; i < obligations.Length; i++)
        {
            _lists[i] = new Lists(obligations[i], perspective, _context);
        }

        // The statement's status changes only where a counted statement claim starts to count.
        var changes = new List<Instant> { statement.EffectiveFrom };
        foreach (var c in statementClaims)
        {
            if (c.AppliesAt > statement.EffectiveFrom && perspective.Includes(c.Claim, out _) && changes[^1] != c.AppliesAt)
            {
                changes.Add(c.AppliesAt);
            }
        }

        _statementChanges = [.. changes];
        _statementStatuses = new StatementStatus[_statementChanges.Length];
        for (var i = 0; i < _statementChanges.Length; i++)
        {
            _statementStatuses[i] = engine.EvaluateStatement(_statementChanges[i], perspective).Status;
        }
    }

    public Instant EffectiveFrom { get; }

    public StatementStatus StatementStatusAt(Instant t)
        => t < EffectiveFrom ? StatementStatus.NotYetInForce : _statementStatuses[LastAtOrBefore(_statementChanges, t)];

    /// <summary>The status of an obligation at an instant, exactly as the built-in rule chain decides it.</summary>
    public ObligationStatus StatusAt(int obligation, Instant t, StatementStatus statementStatus)
    {
        if (t < EffectiveFrom)
        {
            return ObligationStatus.NotYetInForce;
        }

        var x = _lists[obligation];
        var n = LastAtOrBefore(x.AppliesAt, t) + 1;
        var active = t >= x.FirstContradiction;
        Span<int> witnesses = stackalloc int[Witnesses.Capacity];
        var found = new Witnesses(witnesses, active);
        var core = Core(x, n, t, [], ref found);
        if (statementStatus == StatementStatus.Terminated
            && core is not (ObligationStatus.Fulfilled or ObligationStatus.FulfilledLate or ObligationStatus.Terminated))
        {
            return ObligationStatus.Terminated;
        }

        if (active)
        {
            Span<int> contradictedBuffer = stackalloc int[StackLimit];
            Span<int> campBuffer = stackalloc int[StackLimit];
            var none = new Witnesses(default, false);
            foreach (var a in x.Contradictors)
            {
                if (a >= n)
                {
                    break;
                }

                var contradicted = Collect(x.Targets[a], n, contradictedBuffer);
                if (contradicted.IsEmpty)
                {
                    continue;
                }

                var camp = Camp(x, contradicted, n, campBuffer);

                // Leaving out claims that decided nothing cannot change the status: both sides equal the status
                // of all counted claims, so only contests that touch a deciding claim need weighing.
                if (!found.Touches(contradicted) && !found.Touches(camp))
                {
                    continue;
                }

                var others = Core(x, n, t, camp, ref none);
                var side = Core(x, n, t, contradicted, ref none);
                if (others != side)
                {
                    return ObligationStatus.Disputed;
                }
            }
        }

        return core;
    }

    /// <summary>
    /// The rule chain's status from the first <paramref name="n"/> claims, leaving out <paramref name="excluded"/>;
    /// records the claims that decided it in <paramref name="found"/> when asked to.
    /// </summary>
    private ObligationStatus Core(Lists x, int n, Instant t, scoped ReadOnlySpan<int> excluded, ref Witnesses found)
    {
        var terminated = First(x.Terminations, n, excluded);
        if (terminated >= 0)
        {
            found.Add(terminated);
            return ObligationStatus.Terminated;
        }

        for (var i = 0; i < x.Notices.Length && x.Notices[i] < n; i++)
        {
            if (t >= x.NoticeEnds[i] && !excluded.Contains(x.Notices[i]))
            {
                found.Add(x.Notices[i]);
                return ObligationStatus.Terminated;
            }
        }

        var suspension = Suspension(x, n, t, excluded, found.Recording);
        if (suspension != -1)
        {
            found.Add(suspension);
            return ObligationStatus.Suspended;
        }

        var conditionMet = First(x.ConditionsMet, n, excluded);
        if (x.HasCondition && conditionMet < 0)
        {
            return ObligationStatus.AwaitingCondition;
        }

        found.Add(conditionMet);
        switch (x.Kind)
        {
            case PerformanceKind.Term:
            case PerformanceKind.Continuous:
                var breach = First(x.Breaches, n, excluded);
                found.Add(breach);
                return breach >= 0 ? ObligationStatus.Breached : ObligationStatus.Upheld;
            case PerformanceKind.OpenEndedProgress:
                return Found(First(x.Performances, n, excluded), ObligationStatus.Fulfilled, ref found)
                    ?? Found(First(x.Breaches, n, excluded), ObligationStatus.Breached, ref found)
                    ?? Found(First(x.Partials, n, excluded), ObligationStatus.PartiallyFulfilled, ref found)
                    ?? ObligationStatus.Pending;
            default:
                var due = Due(x, n, excluded, conditionMet, ref found);
                var performed = First(x.Performances, n, excluded);
                if (performed >= 0)
                {
                    found.Add(performed);
                    return due is { } d && x.Claims[performed].Start >= d ? ObligationStatus.FulfilledLate : ObligationStatus.Fulfilled;
                }

                return Found(First(x.Breaches, n, excluded), ObligationStatus.Breached, ref found)
                    ?? Found(First(x.Partials, n, excluded), ObligationStatus.PartiallyFulfilled, ref found)
                    ?? (due is { } dueNow && t >= dueNow ? ObligationStatus.Overdue : ObligationStatus.Pending);
        }
    }

    private static ObligationStatus? Found(int position, ObligationStatus status, ref Witnesses found)
    {
        if (position < 0)
        {
            return null;
        }

        found.Add(position);
        return status;
    }

    /// <summary>The position of a counted suspension open at t (-2 when open but not identified), or -1 when none is.</summary>
    private static int Suspension(Lists x, int n, Instant t, ReadOnlySpan<int> excluded, bool identify)
    {
        if (excluded.IsEmpty && !identify)
        {
            // The union of suspension intervals, merged when the index was built.
            var s = LastAtOrBefore(x.SuspensionStarts, t);
            return s >= 0 && t < x.SuspensionEnds[s] ? -2 : -1;
        }

        for (var i = 0; i < x.Suspensions.Length && x.Suspensions[i] < n; i++)
        {
            var claim = x.Claims[x.Suspensions[i]];
            if ((claim.EndAppliesAt is not { } end || end > t) && !excluded.Contains(x.Suspensions[i]))
            {
                return x.Suspensions[i];
            }
        }

        return -1;
    }

    private Instant? Due(Lists x, int n, scoped ReadOnlySpan<int> excluded, int conditionMet, ref Witnesses found)
    {
        var due = x.BaseDue;
        if (x.AnchoredOnCondition)
        {
            // The due instant from the first condition-met claim is computed once; leaving that claim out of a side
            // of a contest moves the anchor to the next one.
            due = conditionMet < 0 ? null
                : conditionMet == x.ConditionsMet[0] ? x.AnchoredDue
                : x.Deadline.DueInstant(_context.WithConditionMetAt(x.Claims[conditionMet].Start));
        }

        if (x.Extensions.Length == 0)
        {
            return due;
        }

        Instant? latest = null;
        var which = -1;
        if (excluded.IsEmpty && !x.AnchoredOnCondition)
        {
            var e = LastBelow(x.Extensions, n);
            if (e >= 0)
            {
                latest = x.ExtensionMaxDue[e];
                which = x.ExtensionArgMax[e];
            }
        }
        else
        {
            var context = conditionMet >= 0 ? _context.WithConditionMetAt(x.Claims[conditionMet].Start) : _context;
            for (var i = 0; i < x.Extensions.Length && x.Extensions[i] < n; i++)
            {
                if (!excluded.Contains(x.Extensions[i]) && x.Claims[x.Extensions[i]].Claim.NewDeadline!.DueInstant(context) is { } next
                    && (latest is not { } l || next > l))
                {
                    latest = next;
                    which = x.Extensions[i];
                }
            }
        }

        if (latest is { } best && (due is not { } d || best > d))
        {
            found.Add(which);
            return best;
        }

        return due;
    }
}
