using System;

namespace Ceasefire.Domain.Evaluation;

/// <summary>The rules of one <see cref="EvaluationOptions"/>, in order: the first that decides wins.</summary>
internal sealed class RuleChain
{
    private readonly IStatusRule[] _rules;

    public RuleChain(EvaluationOptions options)
    {
        _rules = [.. options.Rules];
        ClosedWorld = options.ClosedWorld;
        HasCustomRules = !options.CustomRules.IsEmpty;
    }

    public bool ClosedWorld { get; }

    /// <summary>Whether user rules run (they may read every claim, so contests are always weighed in full).</summary>
    public bool HasCustomRules { get; }

    /// <summary>Runs the rules from a position; when none decides, <see cref="ObligationStatus.NoInformation"/> (rule id <c>none</c>).</summary>
    public RuleDecision Run(RuleContext context, int from, out string ruleId)
    {
        for (var i = from; i < _rules.Length; i++)
        {
            context.Position = i;
            if (_rules[i].Decide(context) is { } decision)
            {
                ruleId = _rules[i].Id;
                return decision;
            }
        }

        ruleId = RuleIds.None;
        return context.IsExplaining
            ? new RuleDecision(ObligationStatus.NoInformation, "No information: no rule decided (the rule for this kind of obligation is switched off).")
            : RuleDecision.Bare(ObligationStatus.NoInformation);
    }

    /// <summary>The position of a rule in the chain, or -1.</summary>
    public int IndexOf(string ruleId) => Array.FindIndex(_rules, r => r.Id == ruleId);
}
