namespace Ceasefire.Domain.Deadlines;

/// <summary>The shape of a <see cref="Deadline"/>.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum DeadlineKind
{
    /// <summary>No deadline.</summary>
    None,

    /// <summary>A calendar date in the statement's zone, read as "by" or "before" (<see cref="DateDeadline"/>).</summary>
    Date,

    /// <summary>An exact instant (<see cref="InstantDeadline"/>).</summary>
    Instant,

    /// <summary>A local date and time in the statement's zone (<see cref="LocalDeadline"/>).</summary>
    LocalDateTime,

    /// <summary>A period after an anchor (<see cref="RelativeDeadline"/>).</summary>
    Relative,

    /// <summary>A renewable term with a notice window (<see cref="RenewableTerm"/>).</summary>
    RenewableTerm,
}
