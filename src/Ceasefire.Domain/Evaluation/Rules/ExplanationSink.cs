using System.Collections.Generic;

namespace Ceasefire.Domain.Evaluation;

/// <summary>What the rules write down while explaining one status: sentences, claims used and set aside, dispute sides.</summary>
internal sealed class ExplanationSink
{
    public List<string> Sentences { get; } = [];

    public List<ClaimUse> Used { get; } = [];

    public List<SetAsideClaim> SetAside { get; } = [];

    public List<DisputeSide> Sides { get; } = [];

    public Timeliness Timeliness { get; set; }

    public TerminationReason? TerminationReason { get; set; }

    /// <summary>Records a claim as used, once per claim and role.</summary>
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

    /// <summary>Records a claim as set aside, once per claim.</summary>
    public void SetAsideOnce(Claim claim, SetAsideReason reason, string detail)
    {
        foreach (var s in SetAside)
        {
            if (ReferenceEquals(s.Claim, claim))
            {
                return;
            }
        }

        SetAside.Add(new SetAsideClaim(claim, reason, detail));
    }
}
