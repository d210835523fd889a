using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>
/// A deadline on the calendar: an obligation falling due, a term ending or a notice cut-off. Equality is by value.
/// </summary>
/// <param name="ObligationId">The obligation concerned.</param>
/// <param name="Kind">What the entry marks.</param>
/// <param name="Instant">When (for <see cref="DeadlineEventKind.Due"/>, the exclusive due instant).</param>
/// <param name="Description">A plain sentence describing the entry.</param>
public sealed record DeadlineEntry(string ObligationId, DeadlineEventKind Kind, Instant Instant, string Description)
{
    /// <summary>Formats the entry as <c>instant obligation kind: description</c>.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() => string.Concat(Text.Iso(Instant), " ", ObligationId, " ", Kind.ToString(), ": ", Description);
}
