namespace Ceasefire.Domain.Evaluation;

/// <summary>An obligation's status counting only the claims about one obligor's acts (and claims naming no actor). Built only by the library. Equality (<c>==</c> included) is by value and hashing is cheap: both compare the fields.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record ObligorStatus
{
    internal ObligorStatus(string actorId, ObligationStatus status, string reason)
    {
        ActorId = actorId;
        Status = status;
        Reason = reason;
    }

    /// <summary>The obligor.</summary>
    public string ActorId { get; }

    /// <summary>The status for that obligor.</summary>
    public ObligationStatus Status { get; }

    /// <summary>A one-line reason.</summary>
    public string Reason { get; }
}
