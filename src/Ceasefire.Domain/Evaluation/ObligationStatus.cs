namespace Ceasefire.Domain;

/// <summary>Where an obligation stands at an instant, under a perspective (the statuses are described in docs/semantics.md).</summary>
public enum ObligationStatus
{
    /// <summary>The evaluation instant is before the statement's effective instant.</summary>
    NotYetInForce,

    /// <summary>The obligation waits for a condition no counted claim records as met.</summary>
    AwaitingCondition,

    /// <summary>In force, not yet due or with no deadline, and nothing recorded.</summary>
    Pending,

    /// <summary>Performed, on time (including within an agreed extension), or with uncertain timeliness when the performance date range straddles the deadline (see <see cref="Explanation.Timeliness"/>).</summary>
    Fulfilled,

    /// <summary>Performed after the due instant.</summary>
    FulfilledLate,

    /// <summary>Partly performed (some progress recorded, not complete).</summary>
    PartiallyFulfilled,

    /// <summary>The due instant has passed and no performance is recorded.</summary>
    Overdue,

    /// <summary>A continuous obligation or term in force with no breach recorded.</summary>
    Upheld,

    /// <summary>A breach is recorded (ongoing or ended; see <see cref="ObligationAssessment.IsBreachOngoing"/>).</summary>
    Breached,

    /// <summary>Counted claims contradict each other and lead to different statuses; both sides are shown.</summary>
    Disputed,

    /// <summary>Suspended by a counted claim, and not resumed.</summary>
    Suspended,

    /// <summary>Ended (see <see cref="ObligationAssessment.TerminationReason"/>): notice and expiry, agreement, early withdrawal, superseded, lapsed.</summary>
    Terminated,
}
