using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>An interval [<see cref="Start"/>, <see cref="End"/>) over which an obligation had one status. Built only by the library. Equality (<c>==</c> included) is by value and hashing is cheap: both compare the fields.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record StatusInterval
{
    internal StatusInterval(string obligationId, Instant start, Instant end, ObligationStatus status, string reason)
    {
        ObligationId = obligationId;
        Start = start;
        End = end;
        Status = status;
        Reason = reason;
    }

    /// <summary>The obligation.</summary>
    public string ObligationId { get; }

    /// <summary>The first instant (inclusive).</summary>
    public Instant Start { get; }

    /// <summary>The end (exclusive).</summary>
    public Instant End { get; }

    /// <summary>The status throughout.</summary>
    public ObligationStatus Status { get; }

    /// <summary>The one-line reason at <see cref="Start"/>.</summary>
    public string Reason { get; }

    /// <summary>Formats the interval as <c>[start, end) status</c>.</summary>
    /// <returns>The interval as text.</returns>
    public override string ToString() => string.Concat("[", Text.Iso(Start), ", ", Text.Iso(End), ") ", Status.ToString(), ": ", Text.Plain(Reason));
}
