using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// A statement and a timeline compiled once into an evaluation index (claims resolved in the statement's zone and
/// sorted per obligation, due instants and terms precomputed), answering any number of questions: the status of every
/// obligation at an instant under a perspective, the exact status history of an obligation, differences, and yearly
/// implementation grades. Immutable and thread-safe. <see cref="StatementEvaluation.Evaluate"/> uses a cached evaluator per
/// statement and timeline, so compiling is implicit; create one explicitly to pass <see cref="EvaluationOptions"/>
/// once or to control its lifetime. Each perspective asked about gets a precomputed view, built on first use; an
/// evaluator keeps the views of its 16 most recently used perspectives and rebuilds others when asked again.
/// </summary>
/// <threadsafety>Thread-safe: one evaluator may be used from many threads at once; its caches are bounded and synchronized, and the results it returns are immutable.</threadsafety>
public sealed partial class Evaluator
{
    private static readonly ConditionalWeakTable<Timeline, ConditionalWeakTable<Statement, Evaluator>> Cache = new();
    private static readonly ConditionalWeakTable<Timeline, ConditionalWeakTable<Statement, BoundedCache<EvaluationOptions, Evaluator>>> OptionCache = new();

    private readonly ObligationIndex[] _indexes;
    private readonly Dictionary<string, int> _positions;
    private readonly CompiledClaim[] _statementClaims;
    private readonly EvidenceEngine _engine;

    private Evaluator(Statement statement, Timeline timeline, EvaluationOptions options)
    {
        timeline.EnsureFor(statement);
        Statement = statement;
        Timeline = timeline;
        Options = options;
        var days = new DayStarts(statement.TimeZone);
        var perObligation = new Dictionary<string, List<CompiledClaim>>(StringComparer.Ordinal);
        foreach (var o in statement.Obligations)
        {
            perObligation[o.Id] = [];
        }

        var statementClaims = new List<CompiledClaim>();
        var problems = new ProblemList();
        for (var i = 0; i < timeline.Claims.Length; i++)
        {
            var claim = timeline.Claims[i];
            var compiled = new CompiledClaim(claim, days, i);
            if (claim.IsAboutStatement)
            {
                statementClaims.Add(compiled);
            }

            foreach (var id in claim.ObligationIds)
            {
                if (perObligation.TryGetValue(id, out var list))
                {
                    list.Add(compiled);
                }
                else
                {
                    problems.Add(string.Concat("$.claims[", Text.Number(i), "].obligationIds"), ValidationCodes.UnknownReference, string.Concat("unknown obligation '", id, "' (the timeline was built for another statement)"));
                }
            }
        }

        problems.ThrowIfAny("timeline");
        statementClaims.Sort(static (a, b) =>
        {
            var c = a.AppliesAt.CompareTo(b.AppliesAt);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        _statementClaims = [.. statementClaims];
        var context = statement.DeadlineContext;
        _indexes = new ObligationIndex[statement.Obligations.Length];
        _positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _indexes.Length; i++)
        {
            var o = statement.Obligations[i];
            _indexes[i] = new ObligationIndex(o, o.Deadline.DueInstant(context), o.Deadline as RenewableTerm, perObligation[o.Id]);
            _positions[o.Id] = i;
        }

        _engine = new EvidenceEngine(statement, _indexes, _statementClaims, options);
    }

    /// <summary>The statement.</summary>
    public Statement Statement { get; }

    /// <summary>The timeline.</summary>
    public Timeline Timeline { get; }

    /// <summary>The options.</summary>
    public EvaluationOptions Options { get; }

    /// <summary>Compiles a statement and a timeline.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="timeline">Claims about it.</param>
    /// <param name="options">Custom rules; <see langword="null"/> for the defaults.</param>
    /// <returns>The evaluator.</returns>
    /// <exception cref="CeasefireException">The timeline was built for another statement (see <see cref="Timeline.IsFor"/>).</exception>
    public static Evaluator Create(Statement statement, Timeline timeline, EvaluationOptions? options = null)
    {
        Guard.Against.Null(statement);
        Guard.Against.Null(timeline);
        return new Evaluator(statement, timeline, options ?? EvaluationOptions.Default);
    }

    internal static Evaluator For(Statement statement, Timeline timeline, EvaluationOptions? options)
    {
        Guard.Against.Null(statement);
        Guard.Against.Null(timeline);
        if (options is not null && !options.Equals(EvaluationOptions.Default))
        {
            return ForOptions(statement, timeline, options);
        }

        var perStatement = Cache.GetValue(timeline, static _ => new ConditionalWeakTable<Statement, Evaluator>());
        return perStatement.GetValue(statement, s => new Evaluator(s, timeline, EvaluationOptions.Default));
    }

    /// <summary>
    /// The cached evaluator for these options (compared by value: a given option set compiles once per statement and
    /// timeline; the most recently used option sets are kept, a bounded number).
    /// </summary>
    internal static Evaluator ForOptions(Statement statement, Timeline timeline, EvaluationOptions options)
    {
        if (options.Equals(EvaluationOptions.Default))
        {
            return For(statement, timeline, null);
        }

        var perStatement = OptionCache.GetValue(timeline, static _ => new ConditionalWeakTable<Statement, BoundedCache<EvaluationOptions, Evaluator>>());
        var perOptions = perStatement.GetValue(statement, static _ => new BoundedCache<EvaluationOptions, Evaluator>());
        return perOptions.GetOrAdd(options, static (o, pair) => new Evaluator(pair.Statement, pair.Timeline, o), (Statement: statement, Timeline: timeline));
    }

    /// <summary>Evaluates every obligation at an instant under a perspective.</summary>
    /// <param name="asOf">The instant.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for <see cref="Perspective.AllClaims"/>.</param>
    /// <returns>The report.</returns>
    public ComplianceReport Evaluate(Instant asOf, Perspective? perspective = null)
    {
        perspective = Checked(perspective);
        var view = _engine.View(perspective);
        var statementStatus = view.StatementStatusAt(asOf);
        var assessments = new ObligationAssessment[_indexes.Length];
        for (var i = 0; i < _indexes.Length; i++)
        {
            // Each status is read from the compiled evidence by the rule chain; explanations are built on first use.
            var status = _engine.StatusAt(view, i, asOf, perspective, statementStatus);
            assessments[i] = new ObligationAssessment(_indexes[i].Obligation, status, this, i, asOf, perspective, statementStatus);
        }

        return new ComplianceReport(Statement, asOf, perspective, statementStatus, this, ImmutableCollectionsMarshal.AsImmutableArray(assessments));
    }

    /// <summary>The perspective to use: all claims when none is given; one naming an actor the statement lacks is a mistake.</summary>
    private Perspective Checked(Perspective? perspective)
    {
        if (perspective?.ClaimantActorId is { } actor && !Statement.TryGetActor(actor, out _))
        {
            throw new ArgumentException(string.Concat("The perspective names the actor '", actor, "', which the statement does not have; its actors are: ",
                string.Join(", ", ActorIds()), "."), nameof(perspective));
        }

        return perspective ?? Perspective.AllClaims;
    }

    private List<string> ActorIds()
    {
        var ids = new List<string>(Statement.Actors.Length);
        foreach (var actor in Statement.Actors)
        {
            ids.Add(actor.Id);
        }

        return ids;
    }

    private StatementStatus StatementStatusAt(Instant t, Perspective perspective) => _engine.StatementStatusAt(t, perspective);

    private ObligationStatus StatusAt(int position, Instant t, Perspective perspective, StatementStatus statementStatus)
        => _engine.StatusAt(position, t, perspective, statementStatus);

    private int PositionOf(string obligationId)
        => _positions.TryGetValue(obligationId, out var position)
            ? position
            : throw new KeyNotFoundException(string.Concat("The statement has no obligation '", obligationId, "'."));

    /// <summary>The views of recently used perspectives (a bounded cache).</summary>
    internal BoundedCache<Perspective, PerspectiveEvidence> Perspectives => _engine.Views;

    /// <summary>The precomputed view of one perspective (built on first use, kept in <see cref="Perspectives"/>).</summary>
    internal PerspectiveEvidence ViewFor(Perspective perspective) => _engine.View(perspective);

    internal (StatementStatus Status, string Reason, ImmutableArray<ClaimUse> Used) StatementDetails(Instant asOf, Perspective perspective)
        => _engine.StatementDetails(asOf, perspective);

    /// <summary>
    /// The exact status history of one obligation over [<paramref name="from"/>, <paramref name="to"/>): the intervals
    /// over which each status held, computed from change points (deadlines, extensions, the instants claims start and stop
    /// counting, term boundaries), not by sampling. Adjacent intervals have different statuses; together they tile the range.
    /// </summary>
    /// <param name="obligationId">The obligation.</param>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive); after <paramref name="from"/>.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The intervals, in order.</returns>
    /// <exception cref="KeyNotFoundException">The statement has no such obligation.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public ImmutableArray<StatusInterval> History(string obligationId, Instant from, Instant to, Perspective? perspective = null)
    {
        Guard.Against.Null(obligationId);
        if (to <= from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The end of the range must be after its start.");
        }

        var position = PositionOf(obligationId);
        perspective = Checked(perspective);
        var starts = new List<(Instant Start, ObligationStatus Status, StatementStatus StatementStatus)>();
        foreach (var point in ChangePoints(position, perspective, from, to))
        {
            var statementStatus = StatementStatusAt(point, perspective);
            var status = StatusAt(position, point, perspective, statementStatus);
            if (starts.Count == 0 || starts[^1].Status != status)
            {
                starts.Add((point, status, statementStatus));
            }
        }

        // Reasons only where a status starts: one detailed evaluation per interval, not per change point.
        var result = ImmutableArray.CreateBuilder<StatusInterval>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var (start, status, statementStatus) = starts[i];
            var reason = _engine.Explain(position, start, perspective, statementStatus, null).Decision.Reason;
            result.Add(new StatusInterval(obligationId, start, i + 1 < starts.Count ? starts[i + 1].Start : to, status, reason));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// The status of one obligation at each of the given instants (a daily series for a chart, say), without building
    /// reports: each status costs a binary search on the compiled index.
    /// </summary>
    /// <param name="obligationId">The obligation.</param>
    /// <param name="instants">The instants, in any order.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The statuses, in the order of <paramref name="instants"/>.</returns>
    /// <exception cref="KeyNotFoundException">The statement has no such obligation.</exception>
    public ImmutableArray<ObligationStatus> StatusSeries(string obligationId, IReadOnlyList<Instant> instants, Perspective? perspective = null)
    {
        Guard.Against.Null(obligationId);
        Guard.Against.Null(instants);
        var position = PositionOf(obligationId);
        perspective = Checked(perspective);
        var result = new ObligationStatus[instants.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = StatusAt(position, instants[i], perspective, StatementStatusAt(instants[i], perspective));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>The status histories of every obligation over a range (see <see cref="History"/>).</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>Each obligation's intervals, in statement order.</returns>
    public ImmutableArray<ImmutableArray<StatusInterval>> Histories(Instant from, Instant to, Perspective? perspective = null)
    {
        var result = ImmutableArray.CreateBuilder<ImmutableArray<StatusInterval>>(_indexes.Length);
        foreach (var index in _indexes)
        {
            result.Add(History(index.Obligation.Id, from, to, perspective));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// The status histories of every obligation over a range under one perspective, with the report at the end of the
    /// range: what a timeline chart draws (see <see cref="StatusHistory"/>).
    /// </summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive); after <paramref name="from"/>.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public StatusHistory HistoryBetween(Instant from, Instant to, Perspective? perspective = null)
    {
        if (to <= from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The end of the range must be after its start.");
        }

        perspective = Checked(perspective);
        return new StatusHistory(Timeline, from, to, perspective, Histories(from, to, perspective), Evaluate(to, perspective));
    }

    /// <summary>
    /// Peace Accords Matrix style yearly implementation grades (0 not started, 1 minimal, 2 intermediate, 3 full) per
    /// obligation per calendar year in the statement's zone. The rule, from the status at the end of the year:
    /// <list type="bullet">
    /// <item>not yet in force, or already ended before the year began: not graded (<see langword="null"/>);</item>
    /// <item>ended during the year: graded on the last status it had before it ended;</item>
    /// <item><c>Fulfilled</c>, <c>FulfilledLate</c>: 3;</item>
    /// <item><c>Upheld</c> (an attestation of compliance covers the year's end) with no breach episode in the year: 3;
    /// any status with breach episodes in the year, all ended by its end: 2 (never full marks); a breach ongoing at the
    /// year's end: 1;</item>
    /// <item><c>NoInformation</c>, <c>NoBreachRecorded</c> with no episode in the year: not graded
    /// (<see langword="null"/>): full marks are never given without evidence (docs/semantics.md, section 5);</item>
    /// <item><c>PartiallyFulfilled</c>: 2; <c>Disputed</c>, <c>Suspended</c>: 1;</item>
    /// <item><c>Pending</c>, <c>Overdue</c>, <c>AwaitingCondition</c>: 0.</item>
    /// </list>
    /// </summary>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year (inclusive).</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>The grades, by obligation (statement order) then year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The years are out of order or out of range.</exception>
    public ImmutableArray<ImplementationGrade> YearlyGrades(int firstYear, int lastYear, Perspective? perspective = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, CalendarLimits.LastConstructibleYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastYear, firstYear);
        perspective = Checked(perspective);
        var zone = Statement.TimeZone;
        var result = ImmutableArray.CreateBuilder<ImplementationGrade>();
        foreach (var index in _indexes)
        {
            for (var year = firstYear; year <= lastYear; year++)
            {
                var yearStart = zone.AtStartOfDay(new LocalDate(year, 1, 1)).ToInstant();
                var yearEnd = zone.AtStartOfDay(new LocalDate(year + 1, 1, 1)).ToInstant();
                result.Add(Grade(index, year, yearStart, yearEnd, perspective));
            }
        }

        return result.ToImmutable();
    }
}
