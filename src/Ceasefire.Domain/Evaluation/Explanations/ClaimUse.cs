using System;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// A claim an evaluation used, and what it was used for. Built only by the library. Equality (<c>==</c> included) is by
/// value and hashing is cheap: both compare the claim, the role and the description.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record ClaimUse
{
    /// <summary>The description of each role; those that take a detail end with <c>": "</c>.</summary>
    private static readonly string[] Names =
    [
        "performance", "completion", "progress", "breach", "breach ended", "extension", "condition met", "termination", "suspension",
        "notice in time", "counted", "one side: ", "other side: ", "says the statement ended", "says the statement is in force",
        "not performed", "compliance attested", "exercise", "says the statement no longer applies (a position)",
    ];

    internal ClaimUse(Claim claim, ClaimRole role)
        : this(claim, role, null)
    {
    }

    /// <summary>A use; <paramref name="side"/> is the status of the side, for the two dispute roles.</summary>
    internal ClaimUse(Claim claim, ClaimRole role, ObligationStatus? side)
    {
        Claim = claim;
        Role = role;
        Description = role switch
        {
            ClaimRole.Progress when claim.Quantity is { } q => string.Concat(Names[(int)ClaimRole.Progress], ": ", q.ToString()),
            ClaimRole.DisputeOneSide or ClaimRole.DisputeOtherSide => string.Concat(Names[(int)role], side?.ToString()),
            _ => Names[(int)role],
        };
    }

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>What it established.</summary>
    public ClaimRole Role { get; }

    /// <summary>
    /// What it established, in a few words, as reports show it and JSON writes it: <c>performance</c>, <c>breach</c>,
    /// <c>progress: 40 km</c>, <c>one side: Fulfilled</c>, ...
    /// </summary>
    public string Description { get; }

    /// <summary>Reads a use from its <see cref="Description"/>, or returns <see langword="null"/> when it names no role.</summary>
    internal static ClaimUse? FromDescription(Claim claim, string description)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            var role = (ClaimRole)i;
            if (description == Names[i])
            {
                return role is ClaimRole.DisputeOneSide or ClaimRole.DisputeOtherSide ? null : new ClaimUse(claim, role);
            }

            if (role is ClaimRole.Progress && description.StartsWith("progress: ", StringComparison.Ordinal))
            {
                return new ClaimUse(claim, role);
            }

            if (role is ClaimRole.DisputeOneSide or ClaimRole.DisputeOtherSide && description.StartsWith(Names[i], StringComparison.Ordinal)
                && Enum.TryParse<ObligationStatus>(description.AsSpan(Names[i].Length), out var side) && side.ToString() == description[Names[i].Length..])
            {
                return new ClaimUse(claim, role, side);
            }
        }

        return null;
    }

    /// <summary>Formats the use as <c>description: claim (sources)</c>.</summary>
    /// <returns>The use as text.</returns>
    public override string ToString() => string.Concat(Description, ": ", Claim.ToString(), " [", string.Join("; ", Claim.Sources), "]");
}
