using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>One obligation's status at one instant as the naive baseline computes it.</summary>
/// <param name="ObligationId">The obligation.</param>
/// <param name="Status">The status.</param>
/// <param name="RuleId">The id of the built-in rule that decided it (as in <see cref="Explanation.RuleId"/>).</param>
/// <param name="Reason">The one-line reason, worded as the library words it (as in <see cref="Explanation.Reason"/>).</param>
/// <param name="DueInstant">The due instant in force, after agreed extensions.</param>
/// <param name="Timeliness">Whether a performance was on time, late or uncertain.</param>
/// <param name="BreachCount">How many breaches counted claims record.</param>
public sealed record NaiveAssessment(string ObligationId, ObligationStatus Status, string RuleId, string Reason, Instant? DueInstant, Timeliness Timeliness, int BreachCount);

/// <summary>An interval over which one obligation had one status, as the naive baseline computes it (compare with <see cref="StatusInterval"/>).</summary>
/// <param name="ObligationId">The obligation.</param>
/// <param name="Start">The first instant (inclusive).</param>
/// <param name="End">The end (exclusive).</param>
/// <param name="Status">The status throughout.</param>
/// <param name="Reason">The one-line reason at <paramref name="Start"/>.</param>
public sealed record NaiveInterval(string ObligationId, Instant Start, Instant End, ObligationStatus Status, string Reason);

/// <summary>A breach as the naive baseline records it (compare with <see cref="BreachRecord"/>).</summary>
/// <param name="Claim">The claim that records the breach.</param>
/// <param name="BreachingActorId">Who is said to have breached it, if the claim says.</param>
/// <param name="Start">When it started.</param>
/// <param name="EndedAt">When it ended, if recorded by the evaluation instant.</param>
/// <param name="EndedBy">The claim recording the end, if any.</param>
/// <param name="IsOngoing">Whether the breach is ongoing at the evaluation instant.</param>
public sealed record NaiveBreach(Claim Claim, string? BreachingActorId, ClaimDate Start, ClaimDate? EndedAt, Claim? EndedBy, bool IsOngoing)
{
    /// <summary>Who asserts the breach.</summary>
    public Claimant According => Claim.Claimant;
}

/// <summary>
/// The naive baseline, written the way a user would write it by hand: no index, no compile step. Every question
/// re-scans every claim of the timeline with LINQ (<c>Where</c> by obligation id, then the perspective, then the date),
/// resolves dates on the fly, and applies the library's documented built-in rules (default options) with
/// straightforward code. History evaluates at every change point, and a daily series at every day, each by
/// re-scanning. It exists to measure what compiling buys and to check the compiled engine: the equivalence tests
/// require both to agree on statuses, rule ids, reasons and histories.
/// </summary>
public sealed class NaiveEvaluator
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");

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
    public IReadOnlyList<NaiveAssessment> EvaluateAll(Instant asOf, Perspective? perspective = null)
    {
        var statementStatus = StatementStatusAt(asOf, perspective);
        return _statement.Obligations.Select(o => Evaluate(o, asOf, perspective ?? Perspective.AllClaims, statementStatus)).ToList();
    }

    /// <summary>Every obligation at one instant, with at most <paramref name="count"/> obligations (for extrapolating timings).</summary>
    /// <param name="asOf">The instant.</param>
    /// <param name="count">How many obligations, from the first.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The assessments, in statement order.</returns>
    public IReadOnlyList<NaiveAssessment> EvaluateFirst(Instant asOf, int count, Perspective? perspective = null)
    {
        var statementStatus = StatementStatusAt(asOf, perspective);
        return _statement.Obligations.Take(count).Select(o => Evaluate(o, asOf, perspective ?? Perspective.AllClaims, statementStatus)).ToList();
    }

    /// <summary>The statement's own status at an instant (each claimant's latest position counts).</summary>
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
            .Select((c, i) => (Claim: c, Order: i))
            .Where(x => x.Claim.IsAboutStatement)
            .Select(x => Resolve(x.Claim, x.Order))
            .Where(r => r.AppliesAt <= asOf && perspective.Includes(r.Claim, out _))
            .OrderBy(r => r.AppliesAt)
            .GroupBy(r => r.Claim.Claimant.CountsFor ?? r.Claim.Claimant.Name, StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();
        if (latest.Count == 0)
        {
            return StatementStatus.InForce;
        }

        var ended = latest.Count(r => r.Claim.Kind == ClaimKind.Terminated);
        return ended == 0 ? StatementStatus.InForce : ended == latest.Count ? StatementStatus.Terminated : StatementStatus.DisputedWhetherInForce;
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
        return Evaluate(_statement.GetObligation(obligationId), asOf, perspective, StatementStatusAt(asOf, perspective));
    }

    private NaiveAssessment Evaluate(Obligation obligation, Instant asOf, Perspective perspective, StatementStatus statementStatus)
    {
        var obligationId = obligation.Id;
        var counted = _timeline.Claims
            .Select((c, i) => (Claim: c, Order: i))
            .Where(x => x.Claim.Concerns(obligationId))
            .Where(x => perspective.Includes(x.Claim, out _))
            .Select(x => Resolve(x.Claim, x.Order))
            .Where(r => r.AppliesAt <= asOf)
            .OrderBy(r => r.AppliesAt)
            .ToList();
        var d = Assess(obligation, counted, asOf, statementStatus);
        return new NaiveAssessment(obligationId, d.Status, d.RuleId, d.Reason, d.Due, d.Timeliness, d.Breaches.Count);
    }

    /// <summary>
    /// The status history of one obligation over [<paramref name="from"/>, <paramref name="to"/>): evaluates (by
    /// re-scanning) at every change point (the effective instant, deadlines, extensions, the instants claims start and
    /// stop counting, term boundaries) and merges equal neighbours.
    /// </summary>
    /// <param name="obligationId">The obligation.</param>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The intervals, in order.</returns>
    public IReadOnlyList<NaiveInterval> History(string obligationId, Instant from, Instant to, Perspective? perspective = null)
    {
        ArgumentNullException.ThrowIfNull(obligationId);
        if (to <= from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The end of the range must be after its start.");
        }

        var obligation = _statement.GetObligation(obligationId);
        var points = ChangePoints(obligation, from, to);
        var result = new List<NaiveInterval>();
        var start = from;
        NaiveAssessment? current = null;
        foreach (var point in points)
        {
            var a = Evaluate(obligationId, point, perspective);
            if (current is null)
            {
                (start, current) = (point, a);
            }
            else if (a.Status != current.Status)
            {
                result.Add(new NaiveInterval(obligationId, start, point, current.Status, current.Reason));
                (start, current) = (point, a);
            }
        }

        result.Add(new NaiveInterval(obligationId, start, to, current!.Status, current.Reason));
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
        var relevant = _timeline.Claims
            .Select((c, i) => (Claim: c, Order: i))
            .Where(x => x.Claim.IsAboutStatement || x.Claim.Concerns(obligation.Id))
            .Select(x => Resolve(x.Claim, x.Order));
        foreach (var r in relevant)
        {
            Add(r.AppliesAt);
            if (r.Claim.IsAboutStatement)
            {
                continue;
            }

            Add(r.EndAppliesAt);
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
                Add(period.NoticeCutoff.PlusTicks(1));
                Add(period.End);
                if (period.End >= to)
                {
                    break;
                }
            }
        }

        return points;
    }

    private Resolved Resolve(Claim claim, int order) => new(claim, order, _zone);

    private Decision Assess(Obligation obligation, List<Resolved> counted, Instant asOf, StatementStatus statementStatus)
    {
        var decision = new Decision();
        if (asOf < _statement.EffectiveFrom)
        {
            return decision.Decide(ObligationStatus.NotYetInForce, RuleIds.NotYetInForce,
                string.Concat("Not yet in force: the statement takes effect at ", InZone(_statement.EffectiveFrom), " (", Iso(_statement.EffectiveFrom), ")."));
        }

        if (statementStatus == StatementStatus.Terminated)
        {
            var before = Core(obligation, counted, asOf);
            if (before.Status is not (ObligationStatus.Fulfilled or ObligationStatus.FulfilledLate or ObligationStatus.Terminated))
            {
                return decision.Decide(ObligationStatus.Terminated, RuleIds.StatementTerminated, string.Concat(
                    "Terminated: under this perspective the statement itself has ended (see the statement's status); before that: ", before.Reason));
            }
        }

        return TryDispute(obligation, counted, asOf) ?? Core(obligation, counted, asOf);
    }

    private Decision? TryDispute(Obligation obligation, List<Resolved> counted, Instant asOf)
    {
        foreach (var a in counted.Where(c => !c.Claim.Contradicts.IsEmpty))
        {
            var contradicted = counted.Where(b => a.Claim.Contradicts.Contains(b.Claim.Id)).ToList();
            if (contradicted.Count == 0)
            {
                continue;
            }

            var camp = counted.Where(c => contradicted.Any(b => c.Claim.Contradicts.Contains(b.Claim.Id) || b.Claim.Contradicts.Contains(c.Claim.Id))).ToList();
            var sideOthers = Core(obligation, counted.Except(camp).ToList(), asOf);
            var sideA = Core(obligation, counted.Except(contradicted).ToList(), asOf);
            if (sideA.Status == sideOthers.Status)
            {
                continue;
            }

            var d = new Decision { Due = sideOthers.Due };
            d.Breaches.AddRange(sideOthers.Breaches);
            return d.Decide(ObligationStatus.Disputed, RuleIds.Disputed, string.Concat(
                "Disputed: per ", Describe(contradicted), ", ", sideOthers.Status.ToString(), "; per ",
                Describe(camp), ", who contradict", camp.Count == 1 ? "s" : string.Empty, " that, ", sideA.Status.ToString(), "."));
        }

        return null;
    }

    private static string Describe(List<Resolved> claims)
        => string.Join(" and ", claims.Select(c => string.Concat(c.Claim.Claimant.Name, " (", c.Claim.Date.ToString(), ")")));

    private Decision Core(Obligation obligation, List<Resolved> counted, Instant asOf)
    {
        var d = new Decision();
        var conditionMet = counted.FirstOrDefault(c => c.Claim.Kind == ClaimKind.ConditionMet);
        var performed = counted.FirstOrDefault(c => c.Claim.Kind == ClaimKind.Performed);
        var terminated = counted.FirstOrDefault(c => c.Claim.Kind == ClaimKind.Terminated);
        var partial = counted.Where(c => c.Claim.Kind == ClaimKind.PartlyPerformed).ToList();
        d.Due = DueInstant(obligation, counted, conditionMet);
        CollectBreaches(counted, asOf, d);

        if (terminated is not null)
        {
            return d.Decide(ObligationStatus.Terminated, RuleIds.Terminated, string.Concat("Terminated (", terminated.Claim.Reason?.ToString() ?? "no reason given", ") on ",
                terminated.Claim.Date.ToString(), ", per ", terminated.Claim.Claimant.Name, "."));
        }

        if (obligation.Deadline is RenewableTerm term && TermEnded(term, counted, asOf) is { } ended)
        {
            return d.Decide(ObligationStatus.Terminated, RuleIds.Term, ended);
        }

        var suspension = counted.FirstOrDefault(s => s.Claim.Kind == ClaimKind.Suspended && (s.EndAppliesAt is not { } end || end > asOf));
        if (suspension is not null)
        {
            return d.Decide(ObligationStatus.Suspended, RuleIds.Suspended, string.Concat("Suspended since ", suspension.Claim.Date.ToString(), ", per ", suspension.Claim.Claimant.Name, "."));
        }

        if (obligation.Condition is { } condition && conditionMet is null)
        {
            d.Breaches.Clear();
            var passed = d.Due is { } window && asOf >= window
                ? string.Concat(" The deadline (", InZone(window), ") has passed without the condition being recorded as met.")
                : string.Empty;
            return d.Decide(ObligationStatus.AwaitingCondition, RuleIds.AwaitingCondition, string.Concat("Awaiting its condition (", condition.Description, "): no counted claim records it as met.", passed));
        }

        switch (obligation.PerformanceKind)
        {
            case PerformanceKind.Term:
                return ContinuousStatus(d, RuleIds.Term);
            case PerformanceKind.Continuous:
                return ContinuousStatus(d, RuleIds.Continuous);
            case PerformanceKind.OpenEndedProgress:
                if (performed is not null)
                {
                    return d.Decide(ObligationStatus.Fulfilled, RuleIds.OpenEndedProgress, string.Concat("Completed on ", performed.Claim.Date.ToString(), ", per ", performed.Claim.Claimant.Name, "."));
                }

                if (d.Breaches.Count > 0)
                {
                    return ContinuousStatus(d, RuleIds.OpenEndedProgress);
                }

                return partial.Count > 0
                    ? Partial(d, partial, RuleIds.OpenEndedProgress)
                    : d.Decide(ObligationStatus.Pending, RuleIds.OpenEndedProgress, "Pending: no progress recorded by counted claims; the text sets no deadline.");
            default:
                return OneOff(d, performed, partial, asOf);
        }
    }

    private Decision OneOff(Decision d, Resolved? performed, List<Resolved> partial, Instant asOf)
    {
        if (performed is not null)
        {
            var when = string.Concat(performed.Claim.Date.ToString(), ", per ", performed.Claim.Claimant.Name);
            if (d.Due is not { } due)
            {
                d.Timeliness = Timeliness.NotApplicable;
                return d.Decide(ObligationStatus.Fulfilled, RuleIds.OneOff, string.Concat("Performed on ", when, "; no deadline."));
            }

            if (performed.End <= due)
            {
                d.Timeliness = Timeliness.OnTime;
                return d.Decide(ObligationStatus.Fulfilled, RuleIds.OneOff, string.Concat("Performed on ", when, ", before the due instant ", Iso(due), "."));
            }

            if (performed.Start >= due)
            {
                d.Timeliness = Timeliness.Late;
                return d.Decide(ObligationStatus.FulfilledLate, RuleIds.OneOff, string.Concat("Performed late on ", when, ", after the due instant ", Iso(due), "."));
            }

            d.Timeliness = Timeliness.Uncertain;
            return d.Decide(ObligationStatus.Fulfilled, RuleIds.OneOff, string.Concat("Performed on ", when, "; timeliness uncertain: that date range straddles the due instant ", Iso(due), "."));
        }

        if (d.Breaches.Count > 0)
        {
            return ContinuousStatus(d, RuleIds.OneOff);
        }

        if (partial.Count > 0)
        {
            return Partial(d, partial, RuleIds.OneOff);
        }

        if (d.Due is { } dueNow && asOf >= dueNow)
        {
            return d.Decide(ObligationStatus.Overdue, RuleIds.OneOff, string.Concat("Overdue: due before ", InZone(dueNow), " (", Iso(dueNow), "); no counted claim records performance."));
        }

        return d.Decide(ObligationStatus.Pending, RuleIds.OneOff, d.Due is { } upcoming
            ? string.Concat("Pending: due before ", InZone(upcoming), " (", Iso(upcoming), "); nothing recorded yet.")
            : "Pending: the text sets no deadline and no counted claim records performance.");
    }

    private static Decision Partial(Decision d, List<Resolved> partial, string ruleId)
    {
        var last = partial[^1].Claim;
        return d.Decide(ObligationStatus.PartiallyFulfilled, ruleId, string.Concat("Partly performed: ", Number(partial.Count),
            partial.Count == 1 ? " record of progress" : " records of progress", ", the latest on ", last.Date.ToString(), " per ", last.Claimant.Name, "."));
    }

    private static Decision ContinuousStatus(Decision d, string ruleId)
    {
        if (d.Breaches.Count == 0)
        {
            return d.Decide(ObligationStatus.Upheld, ruleId, "Upheld: in force, and no counted claim records a breach.");
        }

        var ongoing = d.Breaches.Count(b => b.IsOngoing);
        var latest = d.Breaches[^1];
        var by = latest.BreachingActorId is null ? string.Empty : string.Concat(" by ", latest.BreachingActorId);
        return d.Decide(ObligationStatus.Breached, ruleId, string.Concat("Breached: ", Number(d.Breaches.Count), d.Breaches.Count == 1 ? " breach" : " breaches",
            " recorded, ", ongoing > 0 ? string.Concat(Number(ongoing), " ongoing") : "none ongoing", "; the latest", by, " from ", latest.Start.ToString(),
            ", per ", latest.According.Name, "."));
    }

    private string? TermEnded(RenewableTerm term, List<Resolved> counted, Instant asOf)
    {
        foreach (var c in counted.Where(c => c.Claim.Kind == ClaimKind.NoticeGiven))
        {
            var period = term.TermContaining(c.Start, _context);
            if (period is null || c.AppliesAt > period.NoticeCutoff)
            {
                continue;
            }

            if (asOf >= period.End)
            {
                return string.Concat("Terminated: notice given on ", c.Claim.Date.ToString(), " by ", c.Claim.ActorId ?? "an unnamed actor",
                    ", before the cut-off ", InZone(period.NoticeCutoff), "; term ", Number(period.Number), " expired at ", InZone(period.End), ".");
            }
        }

        return null;
    }

    private Instant? DueInstant(Obligation obligation, List<Resolved> counted, Resolved? conditionMet)
    {
        var deadline = obligation.Deadline;
        if (deadline is NoDeadline or RenewableTerm)
        {
            return null;
        }

        var context = _context.WithConditionMetAt(conditionMet?.Start);
        var due = deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet } ? deadline.DueInstant(context) : deadline.DueInstant(_context);
        var agreed = counted.Where(c => c.Claim.Kind == ClaimKind.DeadlineExtended && c.Claim.NewDeadline is not null
            && obligation.Beneficiaries.All(b => c.Claim.AgreedBy.Contains(b)));
        foreach (var c in agreed)
        {
            var next = c.Claim.NewDeadline!.DueInstant(context);
            if (next is { } n && (due is not { } current || n > current))
            {
                due = n;
            }
        }

        return due;
    }

    private static void CollectBreaches(List<Resolved> counted, Instant asOf, Decision d)
    {
        foreach (var c in counted.Where(c => c.Claim.Kind == ClaimKind.Breached))
        {
            ClaimDate? endedAt = null;
            Claim? endedBy = null;
            if (c.EndAppliesAt is { } end && end <= asOf)
            {
                endedAt = c.Claim.End;
                endedBy = c.Claim;
            }
            else if (counted.FirstOrDefault(e => e.Claim.Kind == ClaimKind.BreachEnded && e.Start >= c.Start
                         && (e.Claim.ActorId is null || c.Claim.ActorId is null || e.Claim.ActorId == c.Claim.ActorId)) is { } e)
            {
                endedAt = e.Claim.Date;
                endedBy = e.Claim;
            }

            d.Breaches.Add(new NaiveBreach(c.Claim, c.Claim.ActorId, c.Claim.Date, endedAt, endedBy, endedBy is null));
        }
    }

    private string InZone(Instant instant) => string.Concat(LocalPattern.Format(instant.InZone(_zone).LocalDateTime), " ", _zone.Id);

    private static string Iso(Instant instant) => InstantPattern.General.Format(instant);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A claim with its dates resolved in the statement's zone, computed afresh on every scan.</summary>
    private sealed class Resolved
    {
        public Resolved(Claim claim, int order, DateTimeZone zone)
        {
            Claim = claim;
            Order = order;
            (Start, End) = claim.Date.Resolve(zone);
            AppliesAt = claim.Date.Precision == DatePrecision.Instant ? Start : End;
            if (claim.End is { } end)
            {
                var (endStart, endEnd) = end.Resolve(zone);
                EndAppliesAt = end.Precision == DatePrecision.Instant ? endStart : endEnd;
            }
        }

        public Claim Claim { get; }

        public int Order { get; }

        public Instant Start { get; }

        public Instant End { get; }

        public Instant AppliesAt { get; }

        public Instant? EndAppliesAt { get; }
    }

    private sealed class Decision
    {
        public ObligationStatus Status { get; private set; } = ObligationStatus.Pending;

        public string RuleId { get; private set; } = RuleIds.None;

        public string Reason { get; private set; } = string.Empty;

        public Instant? Due { get; set; }

        public Timeliness Timeliness { get; set; }

        public List<NaiveBreach> Breaches { get; } = [];

        public Decision Decide(ObligationStatus status, string ruleId, string reason)
        {
            (Status, RuleId, Reason) = (status, ruleId, reason);
            return this;
        }
    }
}
