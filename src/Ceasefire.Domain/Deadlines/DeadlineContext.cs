using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>What a deadline needs to become an instant: the statement's zone, its effective instant and, for deadlines
/// that run from a condition, when the condition was met.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public readonly record struct DeadlineContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="zone">The time zone of the statement's wording.</param>
    /// <param name="effectiveFrom">The statement's effective instant.</param>
    /// <param name="conditionMetAt">When the obligation's condition was met, if it was.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public DeadlineContext(DateTimeZone zone, Instant effectiveFrom, Instant? conditionMetAt = null)
    {
        Guard.Against.Null(zone);
        Zone = zone;
        EffectiveFrom = effectiveFrom;
        ConditionMetAt = conditionMetAt;
    }

    /// <summary>The time zone of the statement's wording.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The statement's effective instant.</summary>
    public Instant EffectiveFrom { get; }

    /// <summary>When the obligation's condition was met, or <see langword="null"/> if it was not (or has none).</summary>
    public Instant? ConditionMetAt { get; }

    /// <summary>Returns a copy with the given condition-met instant.</summary>
    /// <param name="conditionMetAt">When the condition was met.</param>
    /// <returns>The new context.</returns>
    public DeadlineContext WithConditionMetAt(Instant? conditionMetAt) => new(Zone, EffectiveFrom, conditionMetAt);
}
