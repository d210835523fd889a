using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>
/// One term of a <see cref="RenewableTerm"/>: its number (1 for the first term), its start and end (end exclusive)
/// and the notice cut-off before its end. Built only by the library. Equality (<c>==</c> included) is by value and hashing is cheap: both compare the fields.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record TermPeriod
{
    internal TermPeriod(int number, Instant start, Instant end, Instant noticeCutoff)
    {
        Number = number;
        Start = start;
        End = end;
        NoticeCutoff = noticeCutoff;
    }

    /// <summary>1 for the first term, 2 for the first renewal, and so on.</summary>
    public int Number { get; }

    /// <summary>The term's first instant.</summary>
    public Instant Start { get; }

    /// <summary>The instant the term ends (exclusive).</summary>
    public Instant End { get; }

    /// <summary>The last instant at which notice not to renew this term is in time (inclusive).</summary>
    public Instant NoticeCutoff { get; }

    /// <summary>Whether the instant falls within the term.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> &lt;= instant &lt; <see cref="End"/>.</returns>
    public bool Contains(Instant instant) => Start <= instant && instant < End;

    /// <summary>Formats the term as <c>term N: start to end, notice by cut-off</c> in UTC.</summary>
    /// <returns>The term as text.</returns>
    public override string ToString()
        => string.Concat("term ", Text.Number(Number), ": ", Text.Iso(Start), " to ", Text.Iso(End), ", notice by ", Text.Iso(NoticeCutoff));
}
