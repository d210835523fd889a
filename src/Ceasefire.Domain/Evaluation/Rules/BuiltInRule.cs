namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// A built-in status rule (docs/semantics.md, section 5): written once, on the public <see cref="IStatusRule"/>
/// extension point, it serves both the status-only evaluation (shared decisions, no allocation) and the explanation
/// (sentences, claims used).
/// </summary>
internal abstract class BuiltInRule : IStatusRule
{
    protected BuiltInRule(string id) => Id = id;

    public string Id { get; }

    public abstract RuleDecision? Decide(RuleContext context);

    /// <inheritdoc />
    public override string ToString() => Id;

    /// <summary>The decision: with its reason when explaining, otherwise the shared one.</summary>
    protected static RuleDecision Result(RuleContext context, ObligationStatus status, string? reason)
        => context.IsExplaining ? new RuleDecision(status, reason!) : RuleDecision.Bare(status);

    protected static bool IsPermission(Obligation o) => o.DeonticKind == DeonticKind.Permission;

    /// <summary>Continuous obligations, prohibitions and terms: kept or breached over time.</summary>
    protected static bool IsContinuous(Obligation o)
        => !IsPermission(o) && (o.DeonticKind == DeonticKind.Prohibition || o.PerformanceKind is PerformanceKind.Continuous or PerformanceKind.Term);

    protected static bool IsOneOff(Obligation o)
        => !IsPermission(o) && o.DeonticKind != DeonticKind.Prohibition && o.PerformanceKind == PerformanceKind.OneOff;

    protected static bool IsOpenEnded(Obligation o)
        => !IsPermission(o) && o.DeonticKind != DeonticKind.Prohibition && o.PerformanceKind == PerformanceKind.OpenEndedProgress;

    /// <summary>Fulfilled by a counted performance: "Completed on date, per claimant."</summary>
    protected static RuleDecision Done(RuleContext context, int performed, ClaimRole role, string verb)
    {
        context.Use(performed, role);
        return Result(context, ObligationStatus.Fulfilled, context.IsExplaining ? string.Concat(verb, When(context, performed), ".") : null);
    }

    /// <summary>"date, per claimant".</summary>
    protected static string When(RuleContext context, int position)
    {
        var claim = context.ClaimAt(position);
        return string.Concat(claim.Date.ToString(), ", per ", claim.Claimant.Name);
    }

    /// <summary>
    /// "date, per claimant" for the start of a state: a <see cref="DateQuantifier.Throughout"/> date is named by its
    /// first day, with the range it held over ("2020-11-10 (held throughout 2020-11-10..2021-11-12), per ...").
    /// </summary>
    protected static string Since(RuleContext context, int position)
    {
        var claim = context.ClaimAt(position);
        return claim.Date.Quantifier == DateQuantifier.Throughout
            ? string.Concat(Text.Iso(claim.Date.First), " (held ", claim.Date.ToString(), "), per ", claim.Claimant.Name)
            : When(context, position);
    }
}
