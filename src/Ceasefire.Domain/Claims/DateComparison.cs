namespace Ceasefire.Domain;

/// <summary>How an imprecise <see cref="ClaimDate"/> compares with an instant (see <see cref="ClaimDate.Compare"/>).</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum DateComparison
{
    /// <summary>The whole interval ends at or before the instant.</summary>
    Before,

    /// <summary>The whole interval starts at or after the instant.</summary>
    After,

    /// <summary>The interval straddles the instant: it cannot be said which.</summary>
    Uncertain,
}
