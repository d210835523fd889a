using System;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// A condition an obligation waits for ("upon agreement reached between the Parties"). The obligation is
/// <c>AwaitingCondition</c> until a claim records the condition as met. Equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record Condition
{
    /// <summary>Creates a condition.</summary>
    /// <param name="kind">What the condition waits for.</param>
    /// <param name="description">The condition in words. Not blank.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not a defined value.</exception>
    /// <exception cref="ArgumentException">The description is blank.</exception>
    public Condition(ConditionKind kind, string description)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown condition kind.");
        }

        Guard.Against.NullOrWhiteSpace(description);
        Kind = kind;
        Description = description;
    }

    /// <summary>"Upon agreement reached between the Parties".</summary>
    public static Condition AgreementBetweenParties { get; } = new(ConditionKind.AgreementBetweenParties, "upon agreement reached between the Parties");

    /// <summary>What the condition waits for.</summary>
    public ConditionKind Kind { get; }

    /// <summary>The condition in words.</summary>
    public string Description { get; }

    /// <summary>Returns the description.</summary>
    /// <returns>The condition in words.</returns>
    public override string ToString() => Text.Plain(Description);
}
