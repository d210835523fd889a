using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>One obligation's precomputed evaluation data: its claims sorted by the instant they apply, its base due instant and term.</summary>
internal sealed class ObligationIndex
{
    public ObligationIndex(Obligation obligation, Instant? baseDue, RenewableTerm? term, List<CompiledClaim> claims)
    {
        Obligation = obligation;
        BaseDue = baseDue;
        Term = term;
        claims.Sort(static (a, b) =>
        {
            var c = a.AppliesAt.CompareTo(b.AppliesAt);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        Claims = [.. claims];
    }

    public Obligation Obligation { get; }

    public Instant? BaseDue { get; }

    public RenewableTerm? Term { get; }

    /// <summary>The claims about the obligation, sorted by <see cref="CompiledClaim.AppliesAt"/> then insertion order.</summary>
    public CompiledClaim[] Claims { get; }
}
