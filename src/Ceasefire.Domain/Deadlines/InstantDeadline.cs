using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>A deadline at an exact instant: on time strictly before it.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class InstantDeadline : Deadline
{
    /// <summary>Creates the deadline; use <see cref="Deadline.At(Instant)"/>.</summary>
    internal InstantDeadline(Instant instant) => Instant = instant;

    /// <summary>The due instant.</summary>
    public Instant Instant { get; }

    /// <inheritdoc />
    public override DeadlineKind Kind => DeadlineKind.Instant;

    /// <inheritdoc />
    public override Instant? DueInstant(DeadlineContext context) => Instant;

    /// <inheritdoc />
    public override string Explain(DeadlineContext context)
        => string.Concat("due before ", Text.Iso(Instant), " (", Text.InZone(Instant, context.Zone), ").");

    /// <inheritdoc />
    public override bool Equals(Deadline? other) => other is InstantDeadline i && i.Instant == Instant;

    /// <inheritdoc />
    public override int GetHashCode() => Instant.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => string.Concat("at ", Text.Iso(Instant));
}
