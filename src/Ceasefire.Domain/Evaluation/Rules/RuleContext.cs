using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// What a <see cref="IStatusRule"/> sees: the obligation, the instant, the perspective, the statement's status, the
/// claims counted under the perspective and what they establish. The evaluator reuses contexts: a rule must not keep
/// one beyond its <see cref="IStatusRule.Decide"/> call. <see cref="Claims"/> and <see cref="Breaches"/> are built on
/// first read, so rules that do not read them cost nothing.
/// </summary>
/// <threadsafety>Not thread-safe: a context is lent to one <see cref="IStatusRule.Decide"/> call on one thread, and is valid only during that call.</threadsafety>
public sealed class RuleContext
{
    private int[] _excluded = new int[8];
    private int _excludedCount;
    private Facts _facts;

    internal RuleContext()
    {
    }

    /// <summary>The statement.</summary>
    public Statement Statement { get; private set; } = null!;

    /// <summary>The obligation being evaluated.</summary>
    public Obligation Obligation => Evidence.Obligation;

    /// <summary>The evaluation instant.</summary>
    public Instant AsOf { get; private set; }

    /// <summary>The perspective.</summary>
    public Perspective Perspective { get; private set; } = null!;

    /// <summary>The statement's own status at <see cref="AsOf"/> under the perspective.</summary>
    public StatementStatus StatementStatus { get; private set; }

    /// <summary>Whether the closed-world reading ("silence means kept") is on (<see cref="EvaluationOptions.ClosedWorld"/>).</summary>
    public bool ClosedWorld => Chain.ClosedWorld;

    /// <summary>Whether the evaluation explains its status (rules then add sentences with <see cref="Note"/>), rather than computing the status only.</summary>
    public bool IsExplaining => Sink is not null;

    /// <summary>The due instant in force (after agreed extensions), or <see langword="null"/>.</summary>
    public Instant? DueInstant => Facts.Due;

    /// <summary>The claims about the obligation that count: inside the perspective, certainly happened by <see cref="AsOf"/>, not outweighed, and (on one side of a dispute) not left out. Built on first read.</summary>
    public ImmutableArray<Claim> Claims
    {
        get
        {
            var result = ImmutableArray.CreateBuilder<Claim>();
            for (var p = 0; p < N; p++)
            {
                if (Counts(p))
                {
                    result.Add(Evidence.Claims[p].Claim);
                }
            }

            return result.ToImmutable();
        }
    }

    /// <summary>The breach episodes those claims record by <see cref="AsOf"/>, earliest first. Built on first read.</summary>
    public ImmutableArray<BreachRecord> Breaches => Episodes.At(this);

    internal ObligationEvidence Evidence { get; private set; } = null!;

    internal RuleChain Chain { get; private set; } = null!;

    internal int N { get; private set; }

    /// <summary>The facts; on the status-only path the coverages may be <see cref="Evaluation.Facts.Pending"/>: read them through <see cref="Suspension"/>, <see cref="Attestation"/> and <see cref="Breach"/>.</summary>
    internal Facts Facts => _facts;

    /// <summary>The facts with every coverage read.</summary>
    internal Facts AllFacts
    {
        get
        {
            _ = Suspension;
            _ = Attestation;
            _ = Breach;
            return _facts;
        }
    }

    internal int Suspension => _facts.Suspension != Facts.Pending ? _facts.Suspension : _facts.Suspension = Facts.Any(Evidence.SuspensionCoverage, AsOf);

    internal int Attestation => _facts.Attestation != Facts.Pending ? _facts.Attestation : _facts.Attestation = Facts.Any(Evidence.AttestationCoverage, AsOf);

    internal int Breach => _facts.Breach != Facts.Pending ? _facts.Breach : _facts.Breach = Facts.Any(Evidence.BreachCoverage, AsOf);

    internal ExplanationSink? Sink { get; private set; }

    /// <summary>The index, in the chain, of the rule deciding now.</summary>
    internal int Position { get; set; }

    /// <summary>Whether this context weighs one side of a contest (contests are not weighed again inside).</summary>
    internal bool IsSide { get; private set; }

    internal ReadOnlySpan<int> Excluded => _excluded.AsSpan(0, _excludedCount);

    /// <summary>Adds a sentence to the explanation (nothing when only the status is computed).</summary>
    /// <param name="sentence">A plain sentence.</param>
    public void Note(string sentence)
    {
        Guard.Against.NullOrWhiteSpace(sentence);
        Sink?.Sentences.Add(sentence);
    }

    internal void Reset(Statement statement, RuleChain chain, ObligationEvidence evidence, Instant asOf, Perspective perspective, StatementStatus statementStatus, int n, ReadOnlySpan<int> excluded, ExplanationSink? sink, bool side, Facts? facts = null)
    {
        Statement = statement;
        Chain = chain;
        Evidence = evidence;
        AsOf = asOf;
        Perspective = perspective;
        StatementStatus = statementStatus;
        N = n;
        Sink = sink;
        IsSide = side;
        Position = 0;
        if (excluded.Length > _excluded.Length)
        {
            _excluded = new int[excluded.Length * 2];
        }

        excluded.CopyTo(_excluded);
        _excludedCount = excluded.Length;
        _facts = facts ?? Facts.Compute(evidence, n, asOf, Excluded, sink is not null);
    }

    /// <summary>Whether the claim at a position counts here.</summary>
    internal bool Counts(int p) => Evidence.Live(p, N, AsOf) && !Excluded.Contains(p);

    internal Claim ClaimAt(int p) => Evidence.Claims[p].Claim;

    internal void Use(int p, ClaimRole role, ObligationStatus? side = null) => Sink?.Use(ClaimAt(p), role, side);

    /// <summary>The status the rules after the current one give, with the same claims (explanations of that run are not kept).</summary>
    internal ObligationStatus StatusOfLaterRules()
    {
        var sink = Sink;
        var position = Position;
        Sink = null;
        try
        {
            return Chain.Run(this, position + 1, out _).Status;
        }
        finally
        {
            Sink = sink;
            Position = position;
        }
    }
}
