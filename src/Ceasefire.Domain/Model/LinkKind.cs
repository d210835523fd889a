namespace Ceasefire.Domain;

/// <summary>
/// How a later instrument relates to an earlier one (or to one of its articles). Supersession is not a link kind: that
/// one instrument replaced another is a position some actors take and others reject, recorded as an attributed claim
/// (<see cref="ClaimKind.ObsoleteAsserted"/>), never as a fact of the catalog.
/// </summary>
/// <threadsafety>An enumeration: values are immutable and thread-safe.</threadsafety>
public enum LinkKind
{
    /// <summary>The instrument sets out steps to carry out the target (for example a working group on point 9's transport links).</summary>
    Implements = 1,

    /// <summary>The instrument adds detail to the target without being a step of carrying it out.</summary>
    Elaborates = 2,

    /// <summary>The instrument restates a commitment to the target.</summary>
    Reaffirms = 3,

    /// <summary>The instrument concerns the same subject as the target, without implementing, elaborating or reaffirming it.</summary>
    BearsOn = 4,
}
