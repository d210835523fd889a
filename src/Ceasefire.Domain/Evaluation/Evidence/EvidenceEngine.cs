using System;
using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// Runs the rule chain of one evaluator over the compiled evidence: statuses only (reusing one context per thread,
/// no allocation) or with their explanation. Both go through the same rule objects (docs/semantics.md, section 8).
/// </summary>
internal sealed class EvidenceEngine
{
    [ThreadStatic]
    private static RuleContext? _context;

    [ThreadStatic]
    private static bool _busy;

    private readonly Statement _statement;
    private readonly ObligationIndex[] _indexes;
    private readonly CompiledClaim[] _statementClaims;

    public EvidenceEngine(Statement statement, ObligationIndex[] indexes, CompiledClaim[] statementClaims, EvaluationOptions options)
    {
        _statement = statement;
        _indexes = indexes;
        _statementClaims = statementClaims;
        Chain = new RuleChain(options);
    }

    public RuleChain Chain { get; }

    /// <summary>The views of the most recently used perspectives, built on first use (a bounded cache).</summary>
    public BoundedCache<Perspective, PerspectiveEvidence> Views { get; } = new();

    public PerspectiveEvidence View(Perspective perspective)
        => Views.GetOrAdd(perspective, static (p, self) => new PerspectiveEvidence(self._statement, self._indexes, self._statementClaims, p), this);

    public StatementStatus StatementStatusAt(Instant t, Perspective perspective) => View(perspective).StatementStatusAt(t);

    public (StatementStatus Status, string Reason, ImmutableArray<ClaimUse> Used) StatementDetails(Instant t, Perspective perspective)
        => StatementPositions.Evaluate(_statement, _statementClaims, t, perspective);

    /// <summary>The status of one obligation, computed without explanation.</summary>
    public ObligationStatus StatusAt(int position, Instant t, Perspective perspective, StatementStatus statementStatus)
        => StatusAt(View(perspective), position, t, perspective, statementStatus);

    /// <summary>The status of one obligation from a perspective's view already looked up.</summary>
    public ObligationStatus StatusAt(PerspectiveEvidence view, int position, Instant t, Perspective perspective, StatementStatus statementStatus)
    {
        var x = view.Obligations[position];

        // A user rule that evaluates again from inside a rule gets a context of its own.
        var owner = !_busy;
        var context = owner ? (_context ??= new RuleContext()) : new RuleContext();
        _busy = true;
        try
        {
            context.Reset(_statement, Chain, x, t, perspective, statementStatus, PerspectiveEvidence.CountAtOrBefore(x.AppliesAt, t), [], null, false);
            return Chain.Run(context, 0, out _).Status;
        }
        finally
        {
            _busy = !owner;
        }
    }

    /// <summary>The status of one obligation with its explanation; with an obligor, counting only claims about that obligor's acts (and claims naming no actor).</summary>
    public (RuleDecision Decision, string RuleId, RuleContext Context) Explain(int position, Instant t, Perspective perspective, StatementStatus statementStatus, string? obligor)
    {
        var x = obligor is null ? View(perspective).Obligations[position] : new ObligationEvidence(_statement, _indexes[position], perspective, obligor);
        var context = new RuleContext();
        context.Reset(_statement, Chain, x, t, perspective, statementStatus, PerspectiveEvidence.CountAtOrBefore(x.AppliesAt, t), [], new ExplanationSink(), false);
        var decision = Chain.Run(context, 0, out var ruleId);
        return (decision, ruleId, context);
    }

    /// <summary>The explanation, breach episodes and per-obligor breakdown of one obligation.</summary>
    public AssessmentDetails Details(int position, Instant t, Perspective perspective, StatementStatus statementStatus)
    {
        var (decision, ruleId, context) = Explain(position, t, perspective, statementStatus, null);
        var obligation = context.Obligation;
        var byObligor = ImmutableArray.CreateBuilder<ObligorStatus>(obligation.Obligors.Length);
        foreach (var obligor in obligation.Obligors)
        {
            var own = obligation.Obligors.Length == 1 ? decision : Explain(position, t, perspective, statementStatus, obligor).Decision;
            byObligor.Add(new ObligorStatus(obligor, own.Status, own.Reason));
        }

        return AssessmentExplainer.Build(_indexes[position], context, decision, ruleId, byObligor.MoveToImmutable());
    }
}
