namespace Ceasefire.Domain.Evaluation;

/// <summary>Whether a performance was on time.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum Timeliness
{
    /// <summary>Not a question for this status (nothing performed, or no deadline).</summary>
    NotApplicable,

    /// <summary>The whole performance date range lies before the due instant.</summary>
    OnTime,

    /// <summary>The whole performance date range lies at or after the due instant.</summary>
    Late,

    /// <summary>The performance date range straddles the due instant: the library does not guess.</summary>
    Uncertain,
}
