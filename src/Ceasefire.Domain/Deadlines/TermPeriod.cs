using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>
/// One term of a <see cref="RenewableTerm"/>: its number (1 for the first term), its start and end (end exclusive)
/// and the notice cut-off before its end. Equality is by value.
/// </summary>
/// <param name="Number">1 for the first term, 2 for the first renewal, and so on.</param>
/// <param name="Start">The term's first instant.</param>
/// <param name="End">The instant the term ends (exclusive).</param>
/// <param name="NoticeCutoff">The last instant at which notice not to renew this term is in time (inclusive).</param>
public sealed record TermPeriod(int Number, Instant Start, Instant End, Instant NoticeCutoff)
{
    /// <summary>Whether the instant falls within the term.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> &lt;= instant &lt; <see cref="End"/>.</returns>
    public bool Contains(Instant instant) => Start <= instant && instant < End;

    /// <summary>Formats the term as <c>term N: start to end, notice by cut-off</c> in UTC.</summary>
    /// <returns>The term as text.</returns>
    public override string ToString()
        => string.Concat("term ", Text.Number(Number), ": ", Text.Iso(Start), " to ", Text.Iso(End), ", notice by ", Text.Iso(NoticeCutoff));
}
