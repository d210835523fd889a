using System;
using System.Runtime.CompilerServices;

namespace Ceasefire.Domain.Evaluation;

/// <summary>The rules of one <see cref="EvaluationOptions"/>, in order: the first that decides wins.</summary>
internal sealed class RuleChain
{
    private readonly IStatusRule[] _rules;

    /// <summary>Per rule, which built-in it is (0 for a user rule): built-in rules are called directly, not through the interface.</summary>
    private readonly byte[] _builtIn;

    public RuleChain(EvaluationOptions options)
    {
        _rules = [.. options.Rules];
        _builtIn = new byte[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            _builtIn[i] = _rules[i] switch
            {
                NotYetInForceRule => 1,
                StatementTerminatedRule => 2,
                DisputedRule => 3,
                TerminatedRule => 4,
                SuspendedRule => 5,
                BreachedRule => 6,
                AwaitingConditionRule => 7,
                ClosedWorldRule => 8,
                PermissionRule => 9,
                OneOffRule => 10,
                ProgressRule => 11,
                ContinuousRule => 12,
                _ => 0,
            };
        }
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
            if (Decide(i, context) is { } decision)
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

    /// <summary>The decision of the rule at a position: each rule object is the one implementation, called directly when built in.</summary>
    private RuleDecision? Decide(int i, RuleContext context)
    {
        var rule = _rules[i];
        return _builtIn[i] switch
        {
            1 => Unsafe.As<NotYetInForceRule>(rule).Decide(context),
            2 => Unsafe.As<StatementTerminatedRule>(rule).Decide(context),
            3 => Unsafe.As<DisputedRule>(rule).Decide(context),
            4 => Unsafe.As<TerminatedRule>(rule).Decide(context),
            5 => Unsafe.As<SuspendedRule>(rule).Decide(context),
            6 => Unsafe.As<BreachedRule>(rule).Decide(context),
            7 => Unsafe.As<AwaitingConditionRule>(rule).Decide(context),
            8 => Unsafe.As<ClosedWorldRule>(rule).Decide(context),
            9 => Unsafe.As<PermissionRule>(rule).Decide(context),
            10 => Unsafe.As<OneOffRule>(rule).Decide(context),
            11 => Unsafe.As<ProgressRule>(rule).Decide(context),
            12 => Unsafe.As<ContinuousRule>(rule).Decide(context),
            _ => rule.Decide(context),
        };
    }

    /// <summary>The position of a rule in the chain, or -1.</summary>
    public int IndexOf(string ruleId) => Array.FindIndex(_rules, r => r.Id == ruleId);
}
