using System;
using System.Collections.Immutable;

namespace Ceasefire.Domain;

/// <summary>
/// Options for evaluation: custom status rules and built-in rules to disable. Immutable; the <c>With...</c> methods
/// return new options. The built-in rule ids are in <see cref="RuleIds"/>.
/// </summary>
public sealed class EvaluationOptions
{
    private EvaluationOptions(ImmutableArray<IStatusRule> rules, ImmutableHashSet<string> disabled)
    {
        CustomRules = rules;
        DisabledBuiltInRules = disabled;
    }

    /// <summary>No custom rules; every built-in rule on.</summary>
    public static EvaluationOptions Default { get; } = new([], ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal));

    /// <summary>Custom rules, in the order they run.</summary>
    public ImmutableArray<IStatusRule> CustomRules { get; }

    /// <summary>Built-in rules that are switched off.</summary>
    public ImmutableHashSet<string> DisabledBuiltInRules { get; }

    /// <summary>Adds a custom rule after those already added.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>New options.</returns>
    public EvaluationOptions WithRule(IStatusRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(rule.Id, nameof(rule));
        return new EvaluationOptions(CustomRules.Add(rule), DisabledBuiltInRules);
    }

    /// <summary>Switches off a built-in rule (the kind-specific rules then fall back to <see cref="ObligationStatus.Pending"/>).</summary>
    /// <param name="ruleId">A built-in rule id from <see cref="RuleIds"/>, for example <see cref="RuleIds.Disputed"/>.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentException">The id is not a built-in rule id.</exception>
    public EvaluationOptions WithoutBuiltInRule(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        if (!RuleIds.BuiltIn.Contains(ruleId))
        {
            throw new ArgumentException(string.Concat("'", ruleId, "' is not a built-in rule id; they are: ", string.Join(", ", RuleIds.BuiltIn), "."), nameof(ruleId));
        }

        return new EvaluationOptions(CustomRules, DisabledBuiltInRules.Add(ruleId));
    }
}
