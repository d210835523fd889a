namespace Ceasefire.Domain;

/// <summary>What a <see cref="Claim"/> says happened.</summary>
public enum ClaimKind
{
    /// <summary>The obligation was performed in full.</summary>
    Performed,

    /// <summary>The obligation was partly performed, with a quantity where known ("15 prisoners returned").</summary>
    PartlyPerformed,

    /// <summary>The obligation was breached, from the claim's date and, when known, until its end date.</summary>
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
}
