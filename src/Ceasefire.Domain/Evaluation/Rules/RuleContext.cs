using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>What a <see cref="IStatusRule"/> sees: the obligation, the instant, the perspective and the claims counted under it.</summary>
public sealed class RuleContext
{
    internal RuleContext(Statement statement, Obligation obligation, Instant asOf, Perspective perspective, ImmutableArray<Claim> claims, ImmutableArray<BreachRecord> breaches, Instant? dueInstant)
    {
        Statement = statement;
        Obligation = obligation;
        AsOf = asOf;
        Perspective = perspective;
        Claims = claims;
        Breaches = breaches;
        DueInstant = dueInstant;
    }

    /// <summary>The statement.</summary>
    public Statement Statement { get; }

    /// <summary>The obligation being evaluated.</summary>
    public Obligation Obligation { get; }

    /// <summary>The evaluation instant.</summary>
    public Instant AsOf { get; }

    /// <summary>The perspective.</summary>
    public Perspective Perspective { get; }

    /// <summary>The claims about the obligation that count: inside the perspective and certainly happened by <see cref="AsOf"/>.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The breaches those claims record.</summary>
    public ImmutableArray<BreachRecord> Breaches { get; }

    /// <summary>The due instant in force (after agreed extensions), or <see langword="null"/>.</summary>
    public Instant? DueInstant { get; }
}
