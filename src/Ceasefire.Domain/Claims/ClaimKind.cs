namespace Ceasefire.Domain;

/// <summary>What a <see cref="Claim"/> says happened.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum ClaimKind
{
    /// <summary>The obligation was performed in full.</summary>
    Performed,

    /// <summary>The obligation was partly performed, with a quantity where known ("15 prisoners returned").</summary>
    PartlyPerformed,

    /// <summary>An ongoing breach state (a blockade, an occupation), from the claim's date until its end date or a counted <see cref="BreachEnded"/> claim; on a one-off obligation, a claim that it was not performed.</summary>
    Breached,

    /// <summary>An ongoing breach ended.</summary>
    BreachEnded,

    /// <summary>The deadline was extended (who asked, who agreed, the new deadline).</summary>
    DeadlineExtended,

    /// <summary>The obligation's condition was met ("agreement reached between the Parties").</summary>
    ConditionMet,

    /// <summary>A Party gave notice of its intention to terminate a renewable term.</summary>
    NoticeGiven,

    /// <summary>The obligation, or with no obligation ids the statement itself, was terminated or superseded (with why).</summary>
    Terminated,

    /// <summary>The statement (no obligation ids) is affirmed to remain in force.</summary>
    InForceAffirmed,

    /// <summary>The obligation was suspended, from the claim's date and, when known, until its end date.</summary>
    Suspended,

    /// <summary>Denies other claims (listed in <see cref="Claim.Contradicts"/>): what they say did not happen.</summary>
    Denied,

    /// <summary>A breach bounded by its own date (a clash, a shelling): an episode covering exactly that date's interval, never ongoing.</summary>
    Incident,

    /// <summary>An observation that the obligation was being kept over a period: from the claim's date to its end date (inclusive), or over the date's own interval.</summary>
    ComplianceAttested,

    /// <summary>A claimant's position that the statement (no obligation ids) no longer applies: a position, not a termination (see docs/semantics.md, section 6).</summary>
    ObsoleteAsserted,
}
