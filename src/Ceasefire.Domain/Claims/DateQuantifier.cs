namespace Ceasefire.Domain;

/// <summary>How an imprecise <see cref="ClaimDate"/> relates to what happened (docs/semantics.md, section 3).</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum DateQuantifier
{
    /// <summary>It happened at some unknown instant inside the interval: it counts once the whole interval has passed.</summary>
    Within,

    /// <summary>It held over the whole interval (a state): it counts from the interval's start.</summary>
    Throughout,
}
