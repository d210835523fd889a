namespace Ceasefire.Domain;

/// <summary>What an obligation's condition waits for.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum ConditionKind
{
    /// <summary>"Upon agreement reached between the Parties".</summary>
    AgreementBetweenParties,

    /// <summary>Any other event, described in words.</summary>
    Other,
}
