using System;

namespace Ceasefire.Domain;

/// <summary>The roles an actor has in a statement. An actor can have several.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
[Flags]
public enum ActorRoles
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Signed the statement.</summary>
    Signatory = 1,

    /// <summary>One of "the Parties" as the statement itself defines them (Article 1 of the 2020 statement: Azerbaijan and Armenia).</summary>
    Party = 2,

    /// <summary>Guarantees the arrangements without being a Party.</summary>
    Guarantor = 4,

    /// <summary>Carries out provisions (a peacekeeping contingent, a border guard service).</summary>
    ImplementingBody = 8,

    /// <summary>Supervises provisions (for example a UN agency).</summary>
    SupervisingBody = 16,

    /// <summary>Agreed to provisions without signing (for example de facto authorities that agreed to end hostilities).</summary>
    NonSignatoryAgreed = 32,
}
