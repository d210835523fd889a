namespace Ceasefire.Domain;

/// <summary>The instant a relative deadline or a term runs from.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum DeadlineAnchor
{
    /// <summary>The statement's effective instant.</summary>
    EffectiveFrom,

    /// <summary>The instant a claim records the obligation's condition as met.</summary>
    ConditionMet,
}
