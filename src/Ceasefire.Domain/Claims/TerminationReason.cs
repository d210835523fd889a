namespace Ceasefire.Domain;

/// <summary>Why an obligation or a statement ended.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum TerminationReason
{
    /// <summary>Notice given in time, then the term expired.</summary>
    NoticeAndExpiry,

    /// <summary>Ended by agreement.</summary>
    Agreement,

    /// <summary>Ended by an early withdrawal before the term's end.</summary>
    EarlyWithdrawal,

    /// <summary>Replaced by a later instrument.</summary>
    Superseded,

    /// <summary>Lapsed: no longer applied, without a formal act.</summary>
    Lapsed,
}
