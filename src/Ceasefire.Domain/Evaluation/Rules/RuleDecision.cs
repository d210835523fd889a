using System;

namespace Ceasefire.Domain.Evaluation;

/// <summary>What a custom <see cref="IStatusRule"/> decided: a status and a one-line reason. Equality is by value.</summary>
public sealed record RuleDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="status">The status.</param>
    /// <param name="reason">A one-line reason. Not blank.</param>
    /// <exception cref="ArgumentException">The reason is blank.</exception>
    public RuleDecision(ObligationStatus status, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Status = status;
        Reason = reason;
    }

    private static readonly RuleDecision[] BareDecisions = CreateBare();

    /// <summary>The status.</summary>
    public ObligationStatus Status { get; }

    /// <summary>A one-line reason.</summary>
    public string Reason { get; }

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
