namespace Ceasefire.Domain;

/// <summary>The deontic force of an obligation (after LegalRuleML and L4: MUST, SHANT, MAY).</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum DeonticKind
{
    /// <summary>Something must be done or kept up ("shall return", "shall guarantee").</summary>
    Obligation,

    /// <summary>Something must not be done ("cessation of all military operations").</summary>
    Prohibition,

    /// <summary>Something may be done.</summary>
    Permission,

    /// <summary>A power to change the legal situation (for example to give notice ending a term).</summary>
    Power,
}
