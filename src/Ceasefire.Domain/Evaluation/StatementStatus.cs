namespace Ceasefire.Domain;

/// <summary>Whether the statement itself is in force, under a perspective.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum StatementStatus
{
    /// <summary>Before the effective instant.</summary>
    NotYetInForce,

    /// <summary>In force: no counted claim says otherwise.</summary>
    InForce,

    /// <summary>Counted claimants disagree on whether it is still in force.</summary>
    DisputedWhetherInForce,

    /// <summary>Every counted claimant's latest position is that it ended.</summary>
    Terminated,
}
