using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>
/// A deadline on the calendar: an obligation falling due, a term ending or a notice cut-off. Built only by the library. Equality (<c>==</c> included) is by value and hashing is cheap: both compare the fields.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record DeadlineEntry
{
    internal DeadlineEntry(string obligationId, DeadlineEventKind kind, Instant instant, string description)
    {
        ObligationId = obligationId;
        Kind = kind;
        Instant = instant;
        Description = description;
    }

    /// <summary>The obligation concerned.</summary>
    public string ObligationId { get; }

    /// <summary>What the entry marks.</summary>
    public DeadlineEventKind Kind { get; }

    /// <summary>When (for <see cref="DeadlineEventKind.Due"/>, the exclusive due instant).</summary>
    public Instant Instant { get; }

    /// <summary>A plain sentence describing the entry.</summary>
    public string Description { get; }

    /// <summary>Formats the entry as <c>instant obligation kind: description</c>.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() => string.Concat(Text.Iso(Instant), " ", ObligationId, " ", Kind.ToString(), ": ", Text.Plain(Description));
}
