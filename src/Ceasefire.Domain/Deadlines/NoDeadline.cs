using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>The absence of a deadline. Use <see cref="Deadline.None"/>.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class NoDeadline : Deadline
{
    internal static readonly NoDeadline Instance = new();

    private NoDeadline()
    {
    }

    /// <inheritdoc />
    public override DeadlineKind Kind => DeadlineKind.None;

    /// <inheritdoc />
    public override Instant? DueInstant(DeadlineContext context) => null;

    /// <inheritdoc />
    public override string Explain(DeadlineContext context) => "The text sets no deadline.";

    /// <inheritdoc />
    public override bool Equals(Deadline? other) => other is NoDeadline;

    /// <inheritdoc />
    public override int GetHashCode() => 0x5EED;

    /// <inheritdoc />
    public override string ToString() => "none";
}
