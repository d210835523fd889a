namespace Ceasefire.Domain.Evaluation;

/// <summary>A claim an evaluation used, and what it was used for. Equality is by value.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Role">What it established, in a few words ("performance", "breach", "extension", ...).</param>
public sealed record ClaimUse(Claim Claim, string Role)
{
    /// <summary>Formats the use as <c>role: claim (sources)</c>.</summary>
    /// <returns>The use as text.</returns>
    public override string ToString() => string.Concat(Role, ": ", Claim.ToString(), " [", string.Join("; ", Claim.Sources), "]");
}
