using System;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// What a custom <see cref="IStatusRule"/> decided: a status and a one-line reason. Create one with <see cref="Of"/>.
/// Equality (<c>==</c> included) is by value and hashing is cheap: both compare the status and the reason.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record RuleDecision
{
    internal RuleDecision(ObligationStatus status, string reason)
    {
        Status = status;
        Reason = reason;
    }

    private static readonly RuleDecision[] BareDecisions = CreateBare();

    /// <summary>The status.</summary>
    public ObligationStatus Status { get; }

    /// <summary>A one-line reason.</summary>
    public string Reason { get; }

    /// <summary>A decision for a custom rule to return: the obligation has <paramref name="status"/>, for <paramref name="reason"/>.</summary>
    /// <param name="status">The status; a defined <see cref="ObligationStatus"/> value.</param>
    /// <param name="reason">A one-line reason, shown in <see cref="Explanation.Reason"/>. Not blank.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">The reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The status is not a defined value.</exception>
    public static RuleDecision Of(ObligationStatus status, string reason)
    {
        Guard.Against.NullOrWhiteSpace(reason);
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown obligation status.");
        }

        return new RuleDecision(status, reason);
    }

    /// <summary>A shared decision whose reason is the status's name: what rules return when only the status is computed (no allocation).</summary>
    internal static RuleDecision Bare(ObligationStatus status) => BareDecisions[(int)status];

    private static RuleDecision[] CreateBare()
    {
        var values = Enum.GetValues<ObligationStatus>();
        var result = new RuleDecision[values.Length];
        foreach (var status in values)
        {
            result[(int)status] = new RuleDecision(status, status.ToString());
        }

        return result;
    }
}
