namespace Ceasefire.Domain.Evaluation;

/// <summary>An obligation's status counting only the claims about one obligor's acts (and claims naming no actor). Equality is by value.</summary>
/// <param name="ActorId">The obligor.</param>
/// <param name="Status">The status for that obligor.</param>
/// <param name="Reason">A one-line reason.</param>
public sealed record ObligorStatus(string ActorId, ObligationStatus Status, string Reason);
