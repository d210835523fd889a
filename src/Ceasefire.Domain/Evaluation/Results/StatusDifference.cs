namespace Ceasefire.Domain.Evaluation;

/// <summary>An obligation whose status differs between two reports (two instants or two perspectives). Equality is by value.</summary>
/// <param name="ObligationId">The obligation.</param>
/// <param name="Before">The status in the first report.</param>
/// <param name="After">The status in the second report.</param>
/// <param name="BeforeReason">The first report's reason.</param>
/// <param name="AfterReason">The second report's reason.</param>
public sealed record StatusDifference(string ObligationId, ObligationStatus Before, ObligationStatus After, string BeforeReason, string AfterReason)
{
    /// <summary>Formats the difference as <c>id: before -> after</c>.</summary>
    /// <returns>The difference as text.</returns>
    public override string ToString() => string.Concat(ObligationId, ": ", Before.ToString(), " -> ", After.ToString());
}
