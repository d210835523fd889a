using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>An interval [<see cref="Start"/>, <see cref="End"/>) over which an obligation had one status. Equality is by value.</summary>
/// <param name="ObligationId">The obligation.</param>
/// <param name="Start">The first instant (inclusive).</param>
/// <param name="End">The end (exclusive).</param>
/// <param name="Status">The status throughout.</param>
/// <param name="Reason">The one-line reason at <see cref="Start"/>.</param>
public sealed record StatusInterval(string ObligationId, Instant Start, Instant End, ObligationStatus Status, string Reason)
{
    /// <summary>Formats the interval as <c>[start, end) status</c>.</summary>
    /// <returns>The interval as text.</returns>
    public override string ToString() => string.Concat("[", Text.Iso(Start), ", ", Text.Iso(End), ") ", Status.ToString(), ": ", Reason);
}
