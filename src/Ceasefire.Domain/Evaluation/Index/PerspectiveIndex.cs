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
internal sealed class PerspectiveIndex
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

    /// <summary>The positions of the claims that decided a status (when recorded), so that contests elsewhere can be skipped.</summary>
    private ref struct Witnesses
    {
        public const int Capacity = 8;
        private readonly Span<int> _positions;
        private readonly bool _record;
        private int _count;

        public Witnesses(Span<int> positions, bool record)
        {
            _positions = positions;
            _record = record;
            _count = 0;
        }

        public readonly bool Recording => _record;

        public void Add(int position)
        {
            if (_record && position >= 0)
            {
                _positions[_count++] = position;
            }
        }

        public readonly bool Touches(ReadOnlySpan<int> positions)
        {
            foreach (var p in positions)
            {
                if (_positions[.._count].Contains(p))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The counted targets (position &lt; n) of a claim.</summary>
    private static ReadOnlySpan<int> Collect(int[] positions, int n, Span<int> buffer)
    {
        var count = 0;
        foreach (var p in positions)
        {
            if (p < n)
            {
                count++;
            }
        }

        var span = count <= buffer.Length ? buffer[..count] : new int[count];
        count = 0;
        foreach (var p in positions)
        {
            if (p < n)
            {
                span[count++] = p;
            }
        }

        return span;
    }

    /// <summary>Every counted claim that contradicts, or is contradicted by, one of the contested claims.</summary>
    private static ReadOnlySpan<int> Camp(Lists x, ReadOnlySpan<int> contested, int n, Span<int> buffer)
    {
        var span = buffer;
        var count = 0;
        foreach (var b in contested)
        {
            foreach (var c in x.Adjacent[b])
            {
                if (c >= n || span[..count].Contains(c))
                {
                    continue;
                }

                if (count == span.Length)
                {
                    var bigger = new int[span.Length * 2];
                    span.CopyTo(bigger);
                    span = bigger;
                }

                span[count++] = c;
            }
        }

        return span[..count];
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

    /// <summary>The first position in the list below n that is not excluded, or -1.</summary>
    private static int First(int[] positions, int n, ReadOnlySpan<int> excluded)
    {
        foreach (var p in positions)
        {
            if (p >= n)
            {
                return -1;
            }

            if (excluded.IsEmpty || !excluded.Contains(p))
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>The index of the last element below n in an ascending list, or -1.</summary>
    private static int LastBelow(int[] sorted, int n)
    {
        int lo = 0, hi = sorted.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] < n)
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

    /// <summary>One obligation's claims inside the perspective, in the order they start to count, with per-kind positions.</summary>
    private sealed class Lists
    {
        public Lists(ObligationIndex index, Perspective perspective, DeadlineContext context)
        {
            var obligation = index.Obligation;
            Kind = obligation.PerformanceKind;
            HasCondition = obligation.Condition is not null;
            Deadline = obligation.Deadline;
            AnchoredOnCondition = Deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet };
            var hasDue = Deadline is not (NoDeadline or RenewableTerm);
            BaseDue = hasDue && !AnchoredOnCondition ? index.BaseDue : null;

            var claims = new List<CompiledClaim>();
            foreach (var c in index.Claims)
            {
                if (perspective.Includes(c.Claim, out _))
                {
                    claims.Add(c);
                }
            }

            Claims = [.. claims];
            AppliesAt = new Instant[Claims.Length];
            Dictionary<string, int>? position = null;
            for (var i = 0; i < Claims.Length; i++)
            {
                AppliesAt[i] = Claims[i].AppliesAt;
                if (!Claims[i].Claim.Contradicts.IsEmpty)
                {
                    position ??= new Dictionary<string, int>(StringComparer.Ordinal);
                }
            }

            if (position is not null)
            {
                for (var i = 0; i < Claims.Length; i++)
                {
                    position[Claims[i].Claim.Id] = i;
                }
            }

            List<int> performances = [], partials = [], breaches = [], terminations = [], conditions = [], suspensions = [], extensions = [], notices = [];
            var noticeEnds = new List<Instant>();
            var extensionMax = new List<Instant>();
            var extensionArgMax = new List<int>();
            var targets = new int[Claims.Length][];
            var adjacent = new List<int>?[Claims.Length];
            var contradictors = new List<int>();
            for (var i = 0; i < Claims.Length; i++)
            {
                var c = Claims[i];
                var claim = c.Claim;
                switch (claim.Kind)
                {
                    case ClaimKind.Performed:
                        performances.Add(i);
                        break;
                    case ClaimKind.PartlyPerformed:
                        partials.Add(i);
                        break;
                    case ClaimKind.Breached:
                        breaches.Add(i);
                        break;
                    case ClaimKind.Terminated:
                        terminations.Add(i);
                        break;
                    case ClaimKind.ConditionMet:
                        conditions.Add(i);
                        break;
                    case ClaimKind.Suspended:
                        suspensions.Add(i);
                        break;
                    case ClaimKind.DeadlineExtended when hasDue && claim.NewDeadline is not null && claim.BeneficiariesNotAgreeing(obligation).Count == 0:
                        if (claim.NewDeadline.DueInstant(context) is { } next)
                        {
                            extensions.Add(i);
                            var keep = extensionMax.Count > 0 && extensionMax[^1] >= next;
                            extensionArgMax.Add(keep ? extensionArgMax[^1] : i);
                            extensionMax.Add(keep ? extensionMax[^1] : next);
                        }

                        break;
                    case ClaimKind.NoticeGiven when index.Term is { } term:
                        var period = term.TermContaining(c.Start, context);
                        if (period is not null && c.AppliesAt <= period.NoticeCutoff)
                        {
                            notices.Add(i);
                            noticeEnds.Add(period.End);
                        }

                        break;
                }

                targets[i] = [];
                if (position is null || claim.Contradicts.IsEmpty)
                {
                    continue;
                }

                var own = new List<int>();
                foreach (var other in claim.Contradicts)
                {
                    if (position.TryGetValue(other, out var j) && !own.Contains(j))
                    {
                        own.Add(j);
                        (adjacent[i] ??= []).Add(j);
                        (adjacent[j] ??= []).Add(i);
                        var both = c.AppliesAt > Claims[j].AppliesAt ? c.AppliesAt : Claims[j].AppliesAt;
                        FirstContradiction = both < FirstContradiction ? both : FirstContradiction;
                    }
                }

                targets[i] = [.. own];
                if (own.Count > 0)
                {
                    contradictors.Add(i);
                }
            }

            // Adjacency lists a pair twice when both claims name each other: keep each position once, ascending.
            Adjacent = new int[Claims.Length][];
            for (var i = 0; i < Claims.Length; i++)
            {
                if (adjacent[i] is not { } list)
                {
                    Adjacent[i] = [];
                    continue;
                }

                list.Sort();
                var unique = new List<int>(list.Count);
                foreach (var p in list)
                {
                    if (unique.Count == 0 || unique[^1] != p)
                    {
                        unique.Add(p);
                    }
                }

                Adjacent[i] = [.. unique];
            }

            Targets = targets;
            Contradictors = [.. contradictors];
            Performances = [.. performances];
            Partials = [.. partials];
            Breaches = [.. breaches];
            Terminations = [.. terminations];
            ConditionsMet = [.. conditions];
            AnchoredDue = AnchoredOnCondition && ConditionsMet.Length > 0
                ? Deadline.DueInstant(context.WithConditionMetAt(Claims[ConditionsMet[0]].Start))
                : null;
            Suspensions = [.. suspensions];
            Extensions = [.. extensions];
            ExtensionMaxDue = [.. extensionMax];
            ExtensionArgMax = [.. extensionArgMax];
            Notices = [.. notices];
            NoticeEnds = [.. noticeEnds];
            (SuspensionStarts, SuspensionEnds) = Merge(Claims, Suspensions);
        }

        public PerformanceKind Kind { get; }

        public bool HasCondition { get; }

        public Deadline Deadline { get; }

        public bool AnchoredOnCondition { get; }

        public Instant? BaseDue { get; }

        /// <summary>For a deadline that runs from the condition, the due instant from the first condition-met claim.</summary>
        public Instant? AnchoredDue { get; }

        public CompiledClaim[] Claims { get; }

        public Instant[] AppliesAt { get; }

        public int[] Performances { get; }

        public int[] Partials { get; }

        public int[] Breaches { get; }

        public int[] Terminations { get; }

        public int[] ConditionsMet { get; }

        public int[] Suspensions { get; }

        public int[] Extensions { get; }

        /// <summary>The latest due instant among the agreed extensions up to each one (a running maximum).</summary>
        public Instant[] ExtensionMaxDue { get; }

        /// <summary>The position of the extension that holds the running maximum.</summary>
        public int[] ExtensionArgMax { get; }

        public int[] Notices { get; }

        public Instant[] NoticeEnds { get; }

        public Instant[] SuspensionStarts { get; }

        public Instant[] SuspensionEnds { get; }

        public int[][] Targets { get; }

        public int[][] Adjacent { get; }

        public int[] Contradictors { get; }

        public Instant FirstContradiction { get; } = Never;

        private static (Instant[] Starts, Instant[] Ends) Merge(CompiledClaim[] claims, int[] suspensions)
        {
            var intervals = new List<(Instant Start, Instant End)>();
            foreach (var i in suspensions)
            {
                var c = claims[i];
                var end = c.EndAppliesAt ?? Never;
                if (end > c.AppliesAt)
                {
                    intervals.Add((c.AppliesAt, end));
                }
            }

            intervals.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            var starts = new List<Instant>();
            var ends = new List<Instant>();
            foreach (var (start, end) in intervals)
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

            return ([.. starts], [.. ends]);
        }
    }
}
