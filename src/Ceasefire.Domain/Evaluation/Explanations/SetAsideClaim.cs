namespace Ceasefire.Domain.Evaluation;

/// <summary>A claim about an obligation that did not count in an evaluation, and why. Built only by the library. Equality (<c>==</c> included) is by value and hashing is cheap: both compare the fields.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record SetAsideClaim
{
    internal SetAsideClaim(Claim claim, SetAsideReason reason, string detail)
    {
        Claim = claim;
        Reason = reason;
        Detail = detail;
    }

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>Why it was set aside.</summary>
    public SetAsideReason Reason { get; }

    /// <summary>A plain sentence with the particulars.</summary>
    public string Detail { get; }

    /// <summary>Formats the entry as <c>claim id: detail</c>.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() => string.Concat(Claim.Id, ": ", Text.Plain(Detail));
}
