namespace Ceasefire.Domain.Evaluation;

/// <summary>A claim an evaluation used, and what it was used for. Built only by the library. Equality (<c>==</c> included) is by value and hashing is cheap: both compare the fields.</summary>
public sealed record ClaimUse
{
    internal ClaimUse(Claim claim, string role)
    {
        Claim = claim;
        Role = role;
    }

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>What it established, in a few words ("performance", "breach", "extension", ...).</summary>
    public string Role { get; }

    /// <summary>Formats the use as <c>role: claim (sources)</c>.</summary>
    /// <returns>The use as text.</returns>
    public override string ToString() => string.Concat(Role, ": ", Claim.ToString(), " [", string.Join("; ", Claim.Sources), "]");
}
