using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>One obligation's status at one instant as the naive baseline computes it.</summary>
/// <param name="ObligationId">The obligation.</param>
/// <param name="Status">The status.</param>
public sealed record NaiveAssessment(string ObligationId, ObligationStatus Status);

/// <summary>One interval of the naive status history: the status held from Start (inclusive) to End (exclusive).</summary>
public sealed record NaiveInterval(string ObligationId, Instant Start, Instant End, ObligationStatus Status);

/// <summary>
/// The naive baseline and independent oracle of statuses, written from docs/semantics.md the way a user would write it
/// by hand: no index, no compile step, no rule objects, no sentences. Every question re-scans every claim of the
/// timeline with LINQ, resolves dates on the fly and applies the documented rules (default options) in order. History
/// evaluates at every change point, and a daily series at every day, each by re-scanning. It exists to measure what
/// compiling buys and to check the compiled engine: the equivalence tests require both to agree on statuses.
/// </summary>
public sealed class NaiveEvaluator
{
    private readonly Statement _statement;
    private readonly Timeline _timeline;
    private readonly DateTimeZone _zone;
    private readonly DeadlineContext _context;

    /// <summary>Wraps a statement and a timeline; nothing is precomputed.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="timeline">Claims about it.</param>
    public NaiveEvaluator(Statement statement, Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(timeline);
        _statement = statement;
        _timeline = timeline;
        _zone = statement.TimeZone;
        _context = statement.DeadlineContext;
    }

    /// <summary>Every obligation at one instant, each by re-scanning every claim.</summary>
    /// <param name="asOf">The instant.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The assessments, in statement order.</returns>
    public IReadOnlyList<NaiveAssessment> EvaluateAll(Instant asOf, Perspective? perspective = null) => EvaluateFirst(asOf, int.MaxValue, perspective);

    /// <summary>Every obligation at one instant, with at most <paramref name="count"/> obligations (for extrapolating timings).</summary>
    /// <param name="asOf">The instant.</param>
    /// <param name="count">How many obligations, from the first.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The assessments, in statement order.</returns>
    public IReadOnlyList<NaiveAssessment> EvaluateFirst(Instant asOf, int count, Perspective? perspective = null)
    {
        perspective ??= Perspective.AllClaims;
        var statementStatus = StatementStatusAt(asOf, perspective);
        return _statement.Obligations.Take(count).Select(o => new NaiveAssessment(o.Id, Status(o, asOf, perspective, statementStatus))).ToList();
    }

    /// <summary>One obligation at one instant: re-scans every claim of the timeline.</summary>
    /// <param name="obligationId">The obligation.</param>
    /// <param name="asOf">The instant.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The assessment.</returns>
    public NaiveAssessment Evaluate(string obligationId, Instant asOf, Perspective? perspective = null)
    {
        ArgumentNullException.ThrowIfNull(obligationId);
        perspective ??= Perspective.AllClaims;
        return new NaiveAssessment(obligationId, Status(_statement.GetObligation(obligationId), asOf, perspective, StatementStatusAt(asOf, perspective)));
    }

    /// <summary>The statement's own status at an instant: each counted claimant's latest dated position.</summary>
    /// <param name="asOf">The instant.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The status.</returns>
    public StatementStatus StatementStatusAt(Instant asOf, Perspective? perspective = null)
    {
        perspective ??= Perspective.AllClaims;
        if (asOf < _statement.EffectiveFrom)
        {
            return StatementStatus.NotYetInForce;
        }

        var latest = _timeline.Claims
            .Select((c, i) => new Resolved(c, i, _zone))
            .Where(r => r.Claim.IsAboutStatement && r.AppliesAt <= asOf && perspective.Includes(r.Claim, out _))
            .OrderBy(r => r.AppliesAt).ThenBy(r => r.Order)
            .GroupBy(r => r.Claim.Claimant.CountsFor ?? r.Claim.Claimant.Name, StringComparer.Ordinal)
            .Select(g => g.Last().Claim.Kind)
            .ToList();
        var terminated = latest.Count(k => k == ClaimKind.Terminated);
        var obsolete = latest.Count(k => k == ClaimKind.ObsoleteAsserted);
        return terminated == 0 && obsolete == 0 ? StatementStatus.InForce
            : terminated == latest.Count ? StatementStatus.Terminated
            : StatementStatus.DisputedWhetherInForce;
    }

    /// <summary>The status history of one obligation over [<paramref name="from"/>, <paramref name="to"/>): evaluates (by re-scanning) at every change point and merges equal neighbours.</summary>
    /// <param name="obligationId">The obligation.</param>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The intervals, in order (reasons are the status names: the oracle has no sentences).</returns>
    public IReadOnlyList<NaiveInterval> History(string obligationId, Instant from, Instant to, Perspective? perspective = null)
    {
        ArgumentNullException.ThrowIfNull(obligationId);
        if (to <= from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The end of the range must be after its start.");
        }

        var points = ChangePoints(_statement.GetObligation(obligationId), from, to);
        var result = new List<NaiveInterval>();
        var start = from;
        ObligationStatus? current = null;
        foreach (var point in points)
        {
            var status = Evaluate(obligationId, point, perspective).Status;
            if (current is { } c && status != c)
            {
                result.Add(new NaiveInterval(obligationId, start, point, c));
                start = point;
            }

            current = status;
        }

        result.Add(new NaiveInterval(obligationId, start, to, current!.Value));
        return result;
    }

    /// <summary>The status of one obligation at each of the given instants, each by re-scanning every claim.</summary>
    /// <param name="obligationId">The obligation.</param>
    /// <param name="instants">The instants, for example one per day.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>One status per instant.</returns>
    public ObligationStatus[] Series(string obligationId, IReadOnlyList<Instant> instants, Perspective? perspective = null)
    {
        ArgumentNullException.ThrowIfNull(instants);
        return instants.Select(i => Evaluate(obligationId, i, perspective).Status).ToArray();
    }

    private ObligationStatus Status(Obligation o, Instant t, Perspective perspective, StatementStatus statementStatus)
    {
        if (t < _statement.EffectiveFrom)
        {
            return ObligationStatus.NotYetInForce;
        }

        var mine = _timeline.Claims
            .Select((c, i) => new Resolved(c, i, _zone))
            .Where(r => r.Claim.Concerns(o.Id) && perspective.Includes(r.Claim, out _))
            .OrderBy(r => r.AppliesAt).ThenBy(r => r.Order)
            .ToList();

        // A claim stops counting once a more trusted claim it is contested with counts.
        var counted = mine.Where(c => c.AppliesAt <= t && !mine.Any(d => d.AppliesAt <= t && Contested(c, d) && perspective.TrustRank(d.Claim) < perspective.TrustRank(c.Claim))).ToList();
        var later = DisputedOrCore(o, counted, t, perspective);
        return statementStatus == StatementStatus.Terminated && later is not (ObligationStatus.Fulfilled or ObligationStatus.FulfilledLate or ObligationStatus.Terminated)
            ? ObligationStatus.Terminated
            : later;
    }

    private static bool Contested(Resolved a, Resolved b) => a.Claim.Contradicts.Contains(b.Claim.Id) || b.Claim.Contradicts.Contains(a.Claim.Id);

    /// <summary>Disputed when some contest (claims of equal trust) has sides leading to different statuses; otherwise the core rules.</summary>
    private ObligationStatus DisputedOrCore(Obligation o, List<Resolved> counted, Instant t, Perspective perspective)
    {
        bool Equal(Resolved a, Resolved b) => perspective.TrustRank(a.Claim) == perspective.TrustRank(b.Claim);
        foreach (var a in counted)
        {
            var contradicted = counted.Where(b => b != a && a.Claim.Contradicts.Contains(b.Claim.Id) && Equal(a, b)).ToList();
            if (contradicted.Count == 0)
            {
                continue;
            }

            var camp = counted.Where(c => contradicted.Any(b => b != c && Contested(b, c) && Equal(b, c))).ToList();
            if (Core(o, counted.Except(camp).ToList(), t) != Core(o, counted.Except(contradicted).ToList(), t))
            {
                return ObligationStatus.Disputed;
            }
        }

        return Core(o, counted, t);
    }

    private ObligationStatus Core(Obligation o, List<Resolved> counted, Instant t)
    {
        var permission = o.DeonticKind == DeonticKind.Permission;
        var prohibition = o.DeonticKind == DeonticKind.Prohibition;
        var conditionMet = counted.FirstOrDefault(c => c.Claim.Kind == ClaimKind.ConditionMet);
        if (counted.Any(c => c.Claim.Kind == ClaimKind.Terminated) || counted.Any(c => NoticeExpired(o, c, t)))
        {
            return ObligationStatus.Terminated;
        }

        if (counted.Any(c => c.Claim.Kind == ClaimKind.Suspended && t < c.CertainEnd))
        {
            return ObligationStatus.Suspended;
        }

        var breachApplies = !permission && (o.PerformanceKind != PerformanceKind.OneOff || prohibition || (o.Condition is not null && conditionMet is null));
        if (breachApplies && counted.Any(b => Covers(b, counted, t)))
        {
            return ObligationStatus.Breached;
        }

        if (o.Condition is not null && conditionMet is null)
        {
            return ObligationStatus.AwaitingCondition;
        }

        var due = Due(o, counted, conditionMet);
        var performed = counted.FirstOrDefault(c => c.Claim.Kind == ClaimKind.Performed);
        var partly = counted.Any(c => c.Claim.Kind == ClaimKind.PartlyPerformed);
        if (permission)
        {
            return performed is not null ? ObligationStatus.Fulfilled : due is { } d && t < d ? ObligationStatus.Pending : ObligationStatus.NoInformation;
        }

        if (prohibition || o.PerformanceKind is PerformanceKind.Continuous or PerformanceKind.Term)
        {
            return counted.Any(a => a.Claim.Kind == ClaimKind.ComplianceAttested && a.Start <= t && t < a.AttestedUntil) ? ObligationStatus.Upheld
                : counted.Count > 0 ? ObligationStatus.NoBreachRecorded
                : ObligationStatus.NoInformation;
        }

        if (o.PerformanceKind == PerformanceKind.OpenEndedProgress)
        {
            return performed is not null ? ObligationStatus.Fulfilled : partly ? ObligationStatus.PartiallyFulfilled : ObligationStatus.NoInformation;
        }

        if (performed is not null)
        {
            // Late only when the whole performance interval is at or after the due instant.
            return due is { } pd && performed.Start >= pd && performed.End > pd ? ObligationStatus.FulfilledLate : ObligationStatus.Fulfilled;
        }

        if (partly)
        {
            return ObligationStatus.PartiallyFulfilled;
        }

        return due is not { } dueAt ? ObligationStatus.NoInformation
            : t < dueAt ? ObligationStatus.Pending
            : counted.Any(c => c.Claim.Kind is ClaimKind.Breached or ClaimKind.Incident) ? ObligationStatus.Overdue
            : ObligationStatus.NoInformation;
    }

    /// <summary>Whether a counted breach claim's episode covers t: an incident its closed date hull, a state from when it counts until its end or a counted end of it.</summary>
    private static bool Covers(Resolved b, List<Resolved> counted, Instant t)
    {
        if (b.Claim.Kind == ClaimKind.Incident)
        {
            return t <= b.End;
        }

        return b.Claim.Kind == ClaimKind.Breached && t < b.CertainEnd
               && !counted.Any(e => e.Claim.Kind == ClaimKind.BreachEnded && e.Start >= b.Start
                                    && (e.Claim.ActorId is null || b.Claim.ActorId is null || e.Claim.ActorId == b.Claim.ActorId));
    }

    private bool NoticeExpired(Obligation o, Resolved c, Instant t)
    {
        if (c.Claim.Kind != ClaimKind.NoticeGiven || o.Deadline is not RenewableTerm term
            || c.Claim.ActorId is not { } giver || !_statement.TryGetActor(giver, out var actor) || !actor.Has(ActorRoles.Party))
        {
            return false;
        }

        var period = term.TermContaining(c.Start, _context);
        return period is not null && c.AppliesAt <= period.NoticeCutoff && t >= period.End;
    }

    /// <summary>The due instant: the text's (from the first condition met when it runs from the condition), moved later by agreed, entitled extensions.</summary>
    private Instant? Due(Obligation o, List<Resolved> counted, Resolved? conditionMet)
    {
        if (o.Deadline is NoDeadline or RenewableTerm)
        {
            return null;
        }

        var anchored = o.Deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet };
        var context = anchored && conditionMet is not null ? _context.WithConditionMetAt(conditionMet.Start) : _context;
        var due = anchored ? (conditionMet is null ? null : o.Deadline.DueInstant(context)) : o.Deadline.DueInstant(_context);
        foreach (var x in counted.Where(c => c.Claim.Kind == ClaimKind.DeadlineExtended && c.Claim.NewDeadline is not null))
        {
            var agreed = o.Beneficiaries.All(b => x.Claim.AgreedBy.Contains(b));
            var entitled = x.Claim.RequestedBy is not { } asker || o.IsOwedBy(asker) || o.Beneficiaries.Contains(asker);
            if (agreed && entitled && x.Claim.NewDeadline!.DueInstant(_context) is not null && x.Claim.NewDeadline.DueInstant(context) is { } next && (due is not { } d || next > d))
            {
                due = next;
            }
        }

        return due;
    }

    private SortedSet<Instant> ChangePoints(Obligation obligation, Instant from, Instant to)
    {
        var points = new SortedSet<Instant> { from };
        void Add(Instant? instant)
        {
            if (instant is { } i && i > from && i < to)
            {
                points.Add(i);
            }
        }

        Add(_statement.EffectiveFrom);
        Add(obligation.Deadline.DueInstant(_context));
        foreach (var r in _timeline.Claims.Select((c, i) => new Resolved(c, i, _zone)).Where(x => x.Claim.IsAboutStatement || x.Claim.Concerns(obligation.Id)))
        {
            Add(r.AppliesAt);
            Add(r.CertainEnd);
            Add(r.AttestedUntil);
            Add(r.End.PlusTicks(1));
            if (r.Claim.NewDeadline is { } extended)
            {
                Add(extended.DueInstant(_context));
            }

            if (r.Claim.Kind == ClaimKind.ConditionMet && obligation.Deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet } relative)
            {
                Add(relative.DueInstant(_context.WithConditionMetAt(r.Start)));
            }
        }

        if (obligation.Deadline is RenewableTerm term)
        {
            for (var n = 1; n <= 100_000; n++)
            {
                var period = term.TermAt(n, _context);
                Add(period.End);
                if (period.End >= to)
                {
                    break;
                }
            }
        }

        return points;
    }

    /// <summary>A claim with its date resolved: the interval it may denote, when it counts (the end of a Within date, the start of a Throughout date or an attestation), and when what it covers certainly ends.</summary>
    private sealed class Resolved
    {
        public Resolved(Claim claim, int order, DateTimeZone zone)
        {
            Claim = claim;
            Order = order;
            (Start, End) = claim.Date.Resolve(zone);
            var fromStart = claim.Date.Precision == DatePrecision.Instant || claim.Date.Quantifier == DateQuantifier.Throughout || claim.Kind == ClaimKind.ComplianceAttested;
            AppliesAt = fromStart ? Start : End;
            if (claim.End is { } end)
            {
                var (s, e) = end.Resolve(zone);
                CertainEnd = end.Precision == DatePrecision.Instant ? s : e;
            }

            AttestedUntil = claim.End is null ? End : CertainEnd;
        }

        public Claim Claim { get; }

        public int Order { get; }

        public Instant Start { get; }

        public Instant End { get; }

        public Instant AppliesAt { get; }

        /// <summary>When the claim's end date has certainly passed; never when it has none.</summary>
        public Instant CertainEnd { get; } = Instant.MaxValue;

        public Instant AttestedUntil { get; }
    }
}
