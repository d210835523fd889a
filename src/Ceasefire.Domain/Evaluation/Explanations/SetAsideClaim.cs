namespace Ceasefire.Domain.Evaluation;

/// <summary>A claim about an obligation that did not count in an evaluation, and why. Equality is by value.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Reason">Why it was set aside.</param>
/// <param name="Detail">A plain sentence with the particulars.</param>
public sealed record SetAsideClaim(Claim Claim, SetAsideReason Reason, string Detail)
{
    /// <summary>Formats the entry as <c>claim id: detail</c>.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() => string.Concat(Claim.Id, ": ", Detail);
}
