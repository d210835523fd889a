namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// An obligation whose status under a rendering of the statement differs from its status under the primary text at the
/// same instant and perspective (see <see cref="StatementEvaluation.CompareReadings"/>). Built only by the library.
/// Equality (<c>==</c> included) is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record ReadingDifference
{
    internal ReadingDifference(string reading, StatusDifference difference)
    {
        Reading = reading;
        ObligationId = difference.ObligationId;
        PrimaryStatus = difference.Before;
        ReadingStatus = difference.After;
        PrimaryReason = difference.BeforeReason;
        ReadingReason = difference.AfterReason;
    }

    /// <summary>The rendering's label (see <see cref="Statement.ReadingLabels"/>).</summary>
    public string Reading { get; }

    /// <summary>The obligation.</summary>
    public string ObligationId { get; }

    /// <summary>The status under the primary text.</summary>
    public ObligationStatus PrimaryStatus { get; }

    /// <summary>The status under the rendering.</summary>
    public ObligationStatus ReadingStatus { get; }

    /// <summary>Why, under the primary text.</summary>
    public string PrimaryReason { get; }

    /// <summary>Why, under the rendering.</summary>
    public string ReadingReason { get; }

    /// <summary>Formats the difference as <c>id: primary -> status under "reading"</c>.</summary>
    /// <returns>The difference as text.</returns>
    public override string ToString() => string.Concat(ObligationId, ": ", PrimaryStatus.ToString(), " under the primary text, ", ReadingStatus.ToString(), " under \"", Reading, "\"");
}
