namespace Ceasefire.Domain;

/// <summary>Where an obligation stands at an instant, under a perspective (docs/semantics.md, section 5).</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum ObligationStatus
{
    /// <summary>The evaluation instant is before the statement's effective instant.</summary>
    NotYetInForce,

    /// <summary>The obligation waits for a condition no counted claim records as met.</summary>
    AwaitingCondition,

    /// <summary>In force, with a deadline still ahead, and no performance recorded.</summary>
    Pending,

    /// <summary>Performed, on time (including within an agreed extension), or with uncertain timeliness when the performance date range straddles the deadline (see <see cref="Explanation.Timeliness"/>).</summary>
    Fulfilled,

    /// <summary>Performed after the due instant.</summary>
    FulfilledLate,

    /// <summary>Partly performed (some progress recorded, not complete).</summary>
    PartiallyFulfilled,

    /// <summary>The due instant has passed and a counted claim says it was not performed.</summary>
    Overdue,

    /// <summary>A continuous obligation or term in force, with a counted claim attesting compliance over a period covering the instant.</summary>
    Upheld,

    /// <summary>A counted breach episode (an ongoing state or an incident) covers the instant (see <see cref="ObligationAssessment.Breaches"/>).</summary>
    Breached,

    /// <summary>Counted claims contradict each other and lead to different statuses; both sides are shown.</summary>
    Disputed,

    /// <summary>Suspended by a counted claim, and not resumed.</summary>
    Suspended,

    /// <summary>Ended (see <see cref="ObligationAssessment.TerminationReason"/>): notice and expiry, agreement, early withdrawal, superseded, lapsed.</summary>
    Terminated,

    /// <summary>No counted claim bears on the obligation at the instant, so nothing decides: silence is not a verdict.</summary>
    NoInformation,

    /// <summary>A continuous obligation or term in force about which counted claims exist, none showing a breach at the instant and none attesting compliance covering it.</summary>
    NoBreachRecorded,
}
