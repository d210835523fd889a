using System;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Internal;

/// <summary>
/// One perspective's precomputed view of a compiled timeline: for each obligation, the instants at which the facts
/// that decide its status first hold (first performance, first breach, agreed extensions as a running maximum, ...),
/// and the statement's own status as change points. Evaluating an obligation at an instant is then a few comparisons
/// and binary searches, with no allocation. Built once per perspective, on first use.
/// </summary>
internal sealed class PerspectiveIndex
{
    private static readonly Instant Never = Instant.MaxValue;

    private readonly Times[] _times;
    private readonly Instant[] _statementChanges;
    private readonly StatementStatus[] _statementStatuses;

    public PerspectiveIndex(Statement statement, ObligationIndex[] obligations, CompiledClaim[] statementClaims, Perspective perspective, AssessmentEngine engine)
    {
        EffectiveFrom = statement.EffectiveFrom;
        _times = new Times[obligations.Length];
        var context = statement.DeadlineContext;
        for (var i = 0; i < obligations.Length; i++)
        {
            _times[i] = Build(obligations[i], perspective, context);
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
    {
        if (t < EffectiveFrom)
        {
            return StatementStatus.NotYetInForce;
        }

        var i = LastAtOrBefore(_statementChanges, t);
        return _statementStatuses[i];
    }

    /// <summary>The status, or <see langword="null"/> when the detailed rule chain must decide (an active contradiction).</summary>
    public ObligationStatus? StatusAt(int obligation, Instant t, StatementStatus statementStatus)
    {
        if (t < EffectiveFrom)
        {
            return ObligationStatus.NotYetInForce;
        }

        var x = _times[obligation];
        if (t >= x.FirstContradiction)
        {
            return null;
        }

        var core = Core(x, t);
        if (statementStatus == StatementStatus.Terminated
            && core is not (ObligationStatus.Fulfilled or ObligationStatus.FulfilledLate or ObligationStatus.Terminated))
        {
            return ObligationStatus.Terminated;
        }

        return core;
    }

    private static ObligationStatus Core(Times x, Instant t)
    {
        if (t >= x.FirstTermination || t >= x.NoticeTermination)
        {
            return ObligationStatus.Terminated;
        }

        if (x.SuspensionStarts.Length > 0)
        {
            var s = LastAtOrBefore(x.SuspensionStarts, t);
            if (s >= 0 && t < x.SuspensionEnds[s])
            {
                return ObligationStatus.Suspended;
            }
        }

        if (x.HasCondition && t < x.ConditionMet)
        {
            return ObligationStatus.AwaitingCondition;
        }

        switch (x.Kind)
        {
            case PerformanceKind.Term:
            case PerformanceKind.Continuous:
                return t >= x.FirstBreach ? ObligationStatus.Breached : ObligationStatus.Upheld;
            case PerformanceKind.OpenEndedProgress:
                return t >= x.FirstPerformance ? ObligationStatus.Fulfilled
                    : t >= x.FirstBreach ? ObligationStatus.Breached
                    : t >= x.FirstPartial ? ObligationStatus.PartiallyFulfilled
                    : ObligationStatus.Pending;
            default:
                var due = DueAt(x, t);
                if (t >= x.FirstPerformance)
                {
                    return due is { } d && x.PerformanceStart >= d ? ObligationStatus.FulfilledLate : ObligationStatus.Fulfilled;
                }

                return t >= x.FirstBreach ? ObligationStatus.Breached
                    : t >= x.FirstPartial ? ObligationStatus.PartiallyFulfilled
                    : due is { } dueNow && t >= dueNow ? ObligationStatus.Overdue
                    : ObligationStatus.Pending;
        }
    }

    private static Instant? DueAt(Times x, Instant t)
    {
        var due = x.BaseDue;
        if (x.ExtensionAt.Length > 0)
        {
            var e = LastAtOrBefore(x.ExtensionAt, t);
            if (e >= 0 && (due is not { } d || x.ExtensionMaxDue[e] > d))
            {
                due = x.ExtensionMaxDue[e];
            }
        }

        return due;
    }

    /// <summary>The index of the last element &lt;= t, or -1.</summary>
    private static int LastAtOrBefore(Instant[] sorted, Instant t)
    {
        int lo = 0, hi = sorted.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] <= t)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private static Times Build(ObligationIndex index, Perspective perspective, DeadlineContext context)
    {
        var obligation = index.Obligation;
        var x = new Times
        {
            Kind = obligation.PerformanceKind,
            HasCondition = obligation.Condition is not null,
        };
        var counted = new List<CompiledClaim>();
        foreach (var c in index.Claims)
        {
            if (perspective.Includes(c.Claim, out _))
            {
                counted.Add(c);
            }
        }

        // The first condition-met claim fixes the anchor of deadlines that run from the condition.
        CompiledClaim? conditionMet = null;
        foreach (var c in counted)
        {
            if (c.Claim.Kind == ClaimKind.ConditionMet)
            {
                conditionMet = c;
                break;
            }
        }

        var conditionContext = context.WithConditionMetAt(conditionMet?.Start);
        x.ConditionMet = conditionMet?.AppliesAt ?? Never;
        var deadline = obligation.Deadline;
        x.BaseDue = deadline is NoDeadline or RenewableTerm ? null
            : deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet } ? deadline.DueInstant(conditionContext)
            : index.BaseDue;
        var hasDue = deadline is not (NoDeadline or RenewableTerm);

        var extensionAt = new List<Instant>();
        var extensionDue = new List<Instant>();
        var suspensions = new List<(Instant Start, Instant End)>();
        var appliesAtById = new Dictionary<string, Instant>(StringComparer.Ordinal);
        foreach (var c in counted)
        {
            appliesAtById[c.Claim.Id] = c.AppliesAt;
        }

        foreach (var c in counted)
        {
            var claim = c.Claim;
            switch (claim.Kind)
            {
                case ClaimKind.Performed when c.AppliesAt < x.FirstPerformance:
                    x.FirstPerformance = c.AppliesAt;
                    x.PerformanceStart = c.Start;
                    break;
                case ClaimKind.PartlyPerformed:
                    x.FirstPartial = Min(x.FirstPartial, c.AppliesAt);
                    break;
                case ClaimKind.Breached:
                    x.FirstBreach = Min(x.FirstBreach, c.AppliesAt);
                    break;
                case ClaimKind.Terminated:
                    x.FirstTermination = Min(x.FirstTermination, c.AppliesAt);
                    break;
                case ClaimKind.Suspended:
                    suspensions.Add((c.AppliesAt, c.EndAppliesAt is { } end && end > c.AppliesAt ? end : c.EndAppliesAt is null ? Never : c.AppliesAt));
                    break;
                case ClaimKind.DeadlineExtended when hasDue && claim.NewDeadline is not null && AgreedByAll(claim, obligation):
                    if (claim.NewDeadline.DueInstant(conditionContext) is { } next)
                    {
                        extensionAt.Add(c.AppliesAt);
                        extensionDue.Add(extensionDue.Count > 0 && extensionDue[^1] > next ? extensionDue[^1] : next);
                    }

                    break;
                case ClaimKind.NoticeGiven when index.Term is { } term:
                    var period = term.TermContaining(c.Start, context);
                    if (period is not null && c.AppliesAt <= period.NoticeCutoff)
                    {
                        x.NoticeTermination = Min(x.NoticeTermination, period.End);
                    }

                    break;
            }

            // A contradiction between two counted claims about this obligation needs the detailed rule chain
            // from the instant both count.
            foreach (var other in claim.Contradicts)
            {
                if (appliesAtById.TryGetValue(other, out var otherAt))
                {
                    x.FirstContradiction = Min(x.FirstContradiction, c.AppliesAt > otherAt ? c.AppliesAt : otherAt);
                }
            }
        }

        x.ExtensionAt = [.. extensionAt];
        x.ExtensionMaxDue = [.. extensionDue];
        MergeSuspensions(suspensions, x);
        return x;
    }

    private static bool AgreedByAll(Claim claim, Obligation obligation)
    {
        foreach (var beneficiary in obligation.Beneficiaries)
        {
            if (!claim.AgreedBy.Contains(beneficiary))
            {
                return false;
            }
        }

        return true;
    }

    private static void MergeSuspensions(List<(Instant Start, Instant End)> suspensions, Times x)
    {
        suspensions.RemoveAll(s => s.End <= s.Start);
        suspensions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var starts = new List<Instant>();
        var ends = new List<Instant>();
        foreach (var (start, end) in suspensions)
        {
            if (ends.Count > 0 && start <= ends[^1])
            {
                if (end > ends[^1])
                {
                    ends[^1] = end;
                }
            }
            else
            {
                starts.Add(start);
                ends.Add(end);
            }
        }

        x.SuspensionStarts = [.. starts];
        x.SuspensionEnds = [.. ends];
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    /// <summary>The instants that decide one obligation's status; <see cref="Never"/> for facts that never hold.</summary>
    private sealed class Times
    {
        public PerformanceKind Kind { get; init; }

        public bool HasCondition { get; init; }

        public Instant ConditionMet { get; set; } = Never;

        public Instant? BaseDue { get; set; }

        public Instant FirstPerformance { get; set; } = Never;

        public Instant PerformanceStart { get; set; }

        public Instant FirstPartial { get; set; } = Never;

        public Instant FirstBreach { get; set; } = Never;

        public Instant FirstTermination { get; set; } = Never;

        public Instant NoticeTermination { get; set; } = Never;

        public Instant FirstContradiction { get; set; } = Never;

        public Instant[] ExtensionAt { get; set; } = [];

        public Instant[] ExtensionMaxDue { get; set; } = [];

        public Instant[] SuspensionStarts { get; set; } = [];

        public Instant[] SuspensionEnds { get; set; } = [];
    }
}
