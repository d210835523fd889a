using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>One perspective's precomputed view of a compiled timeline: each obligation's evidence and the statement's status at each of its change points. Built once per perspective, on first use.</summary>
internal sealed class PerspectiveEvidence
{
    private readonly Instant[] _statementChanges;
    private readonly StatementStatus[] _statementStatuses;

    public PerspectiveEvidence(Statement statement, ObligationIndex[] obligations, CompiledClaim[] statementClaims, Perspective perspective)
    {
        EffectiveFrom = statement.EffectiveFrom;
        Obligations = new ObligationEvidence[obligations.Length];
        for (var i = 0; i < obligations.Length; i++)
        {
            Obligations[i] = new ObligationEvidence(statement, obligations[i], perspective);
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
            _statementStatuses[i] = StatementPositions.Evaluate(statement, statementClaims, _statementChanges[i], perspective).Status;
        }
    }

    public Instant EffectiveFrom { get; }

    public ObligationEvidence[] Obligations { get; }

    public StatementStatus StatementStatusAt(Instant t)
        => t < EffectiveFrom ? StatementStatus.NotYetInForce : _statementStatuses[CountAtOrBefore(_statementChanges, t) - 1];

    /// <summary>How many elements of an ascending array are at or before t.</summary>
    public static int CountAtOrBefore(Instant[] sorted, Instant t)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] <= t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
