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

    // Which (claim, role) pairs and which claims set aside are recorded, so that recording stays constant-time: a
    // list scan here made explanations quadratic in the claims about one obligation (issue "Hardening round two", 7).
    private readonly Dictionary<Claim, ulong> _roles = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Claim> _setAside = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records a claim as used, once per claim and role.</summary>
    public void Use(Claim claim, ClaimRole role, ObligationStatus? side = null)
    {
        var bit = 1UL << (int)role;
        _roles.TryGetValue(claim, out var roles);
        if ((roles & bit) != 0)
        {
            return;
        }

        _roles[claim] = roles | bit;
        Used.Add(new ClaimUse(claim, role, side));
    }

    /// <summary>Records a claim as set aside, once per claim.</summary>
    public void SetAsideOnce(Claim claim, SetAsideReason reason, string detail)
    {
        if (_setAside.Add(claim))
        {
            SetAside.Add(new SetAsideClaim(claim, reason, detail));
        }
    }
}
