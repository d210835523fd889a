namespace Ceasefire.Domain.Deadlines;

/// <summary>What a <see cref="DeadlineEntry"/> marks.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum DeadlineEventKind
{
    /// <summary>An obligation falls due.</summary>
    Due,

    /// <summary>The last instant at which notice not to renew a term is in time.</summary>
    NoticeCutoff,

    /// <summary>A term ends (and renews unless notice was given in time).</summary>
    TermEnd,
}
