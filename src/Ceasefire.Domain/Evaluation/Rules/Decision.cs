using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>The mutable working result of one rule chain run for one obligation.</summary>
internal sealed class Decision
{
    public ObligationStatus Status { get; set; } = ObligationStatus.Pending;

    public string RuleId { get; set; } = RuleIds.None;

    public string Reason { get; set; } = string.Empty;

    public List<string> Sentences { get; } = [];

    public List<ClaimUse> Used { get; } = [];

    public List<SetAsideClaim> SetAside { get; } = [];

    public List<BreachRecord> Breaches { get; } = [];

    public List<Quantity> Progress { get; } = [];

    public List<DisputeSide> Sides { get; } = [];

    public string? DeadlineReading { get; set; }

    public Instant? Due { get; set; }

    public Timeliness Timeliness { get; set; }

    public TermPeriod? Term { get; set; }

    public TerminationReason? TerminationReason { get; set; }

    /// <summary>Records a claim as used, once per claim and role; <paramref name="side"/> is the status of a dispute side.</summary>
    public void Use(Claim claim, ClaimRole role, ObligationStatus? side = null)
    {
        foreach (var use in Used)
        {
            if (ReferenceEquals(use.Claim, claim) && use.Role == role)
            {
                return;
            }
        }

        Used.Add(new ClaimUse(claim, role, side));
    }

    public Decision Decide(ObligationStatus status, string ruleId, string reason)
    {
        Status = status;
        RuleId = ruleId;
        Reason = reason;
        Sentences.Add(reason);
        return this;
    }
}
