using System.Collections.Immutable;

namespace Ceasefire.Domain.Evaluation;

/// <summary>One side of a dispute: the status the obligation would have if these claims were believed. Equality is by value of the claim lists.</summary>
/// <param name="Status">The status under this side's claims.</param>
/// <param name="Claims">The claims this side rests on (the other side's contradicting claims left out).</param>
public sealed record DisputeSide(ObligationStatus Status, ImmutableArray<Claim> Claims)
{
    /// <inheritdoc />
    public bool Equals(DisputeSide? other) => other is not null && Status == other.Status && Equality.Sequence(Claims, other.Claims);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Status, Equality.Hash(Claims));
}
