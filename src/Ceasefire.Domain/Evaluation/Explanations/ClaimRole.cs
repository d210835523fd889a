namespace Ceasefire.Domain.Evaluation;

/// <summary>What a claim established in an evaluation (see <see cref="ClaimUse"/>).</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum ClaimRole
{
    /// <summary>The performance of a one-off obligation (<c>performance</c>).</summary>
    Performance,

    /// <summary>The completion of an open-ended obligation (<c>completion</c>).</summary>
    Completion,

    /// <summary>Partial performance (<c>progress</c>, or <c>progress: </c> and the quantity).</summary>
    Progress,

    /// <summary>A breach (<c>breach</c>).</summary>
    Breach,

    /// <summary>The end of a breach recorded by another claim (<c>breach ended</c>).</summary>
    BreachEnded,

    /// <summary>An agreed deadline extension that moved the due instant (<c>extension</c>).</summary>
    Extension,

    /// <summary>The obligation's condition being met (<c>condition met</c>).</summary>
    ConditionMet,

    /// <summary>The obligation's termination (<c>termination</c>).</summary>
    Termination,

    /// <summary>The obligation's suspension (<c>suspension</c>).</summary>
    Suspension,

    /// <summary>A notice not to renew a term, given in time (<c>notice in time</c>).</summary>
    NoticeInTime,

    /// <summary>A claim counted when a custom rule decided the status (<c>counted</c>).</summary>
    Counted,

    /// <summary>In a dispute, a claim of the first side of <see cref="Explanation.DisputeSides"/> (<c>one side: </c> and that side's status).</summary>
    DisputeOneSide,

    /// <summary>In a dispute, a claim of the second side, which contradicts the first (<c>other side: </c> and that side's status).</summary>
    DisputeOtherSide,

    /// <summary>A claim that the statement itself ended (<c>says the statement ended</c>).</summary>
    StatementEnded,

    /// <summary>A claim that the statement itself is in force (<c>says the statement is in force</c>).</summary>
    StatementInForce,

    /// <summary>It records that an obligation was not performed (<see cref="ClaimKind.Breached"/> on a one-off obligation).</summary>
    NotPerformed,

    /// <summary>It attests that the obligation was being kept over a period covering the instant.</summary>
    ComplianceAttested,

    /// <summary>It records that a permission or power was exercised.</summary>
    Exercise,

    /// <summary>It holds, as its claimant's latest position, that the statement no longer applies (a position, not a termination).</summary>
    StatementObsolete,
}
