namespace Ceasefire.Domain.Evaluation;

/// <summary>An obligation whose status differs between two reports (two instants or two perspectives). Built only by the library. Equality (<c>==</c> included) is by value and hashing is cheap: both compare the fields.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record StatusDifference
{
    internal StatusDifference(string obligationId, ObligationStatus before, ObligationStatus after, string beforeReason, string afterReason)
    {
        ObligationId = obligationId;
        Before = before;
        After = after;
        BeforeReason = beforeReason;
        AfterReason = afterReason;
    }

    /// <summary>The obligation.</summary>
    public string ObligationId { get; }

    /// <summary>The status in the first report.</summary>
    public ObligationStatus Before { get; }

    /// <summary>The status in the second report.</summary>
    public ObligationStatus After { get; }

    /// <summary>The first report's reason.</summary>
    public string BeforeReason { get; }

    /// <summary>The second report's reason.</summary>
    public string AfterReason { get; }

    /// <summary>Formats the difference as <c>id: before -> after</c>.</summary>
    /// <returns>The difference as text.</returns>
    public override string ToString() => string.Concat(ObligationId, ": ", Before.ToString(), " -> ", After.ToString());
}
