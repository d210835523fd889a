namespace Ceasefire.Domain;

/// <summary>How an obligation is performed over time.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum PerformanceKind
{
    /// <summary>Done once, possibly by a deadline (return a region by a date).</summary>
    OneOff,

    /// <summary>In force over time and breakable many times, each breach with its own interval (a ceasefire).</summary>
    Continuous,

    /// <summary>Partial progress over time with no deadline (exchange of prisoners).</summary>
    OpenEndedProgress,

    /// <summary>A term that runs and may renew (the peacekeepers' five-year stay).</summary>
    Term,
}
