using System.Collections.Immutable;

namespace Ceasefire.Domain.Evaluation;

/// <summary>One side of a dispute: the status the obligation would have if these claims were believed. Built only by the library. Equality (<c>==</c> included) is by the status and the claim lists, element by element; hashing is cheap.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record DisputeSide
{
    internal DisputeSide(ObligationStatus status, ImmutableArray<Claim> claims)
    {
        Status = status;
        Claims = claims;
    }

    /// <summary>The status under this side's claims.</summary>
    public ObligationStatus Status { get; }

    /// <summary>The claims this side rests on (the other side's contradicting claims left out).</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <inheritdoc />
    public bool Equals(DisputeSide? other) => other is not null && Status == other.Status && Equality.Sequence(Claims, other.Claims);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Status, Equality.Hash(Claims));
}
