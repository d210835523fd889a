using System;
using System.Collections.Immutable;

namespace Ceasefire.Domain;

/// <summary>
/// Options for evaluation: custom status rules and built-in rules to disable. Immutable; the <c>With...</c> methods
/// return new options. Built-in rule ids, in order: <c>not-yet-in-force</c>, (custom rules), <c>statement-terminated</c>,
/// <c>disputed</c>, <c>terminated</c>, <c>suspended</c>, <c>awaiting-condition</c>, <c>term</c>, <c>continuous</c>,
/// <c>open-ended-progress</c>, <c>one-off</c>.
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

    /// <summary>The ids of the built-in rules, in the order they run.</summary>
    public static ImmutableArray<string> BuiltInRuleIds { get; } =
        ["not-yet-in-force", "statement-terminated", "disputed", "terminated", "suspended", "awaiting-condition", "term", "continuous", "open-ended-progress", "one-off"];

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
    /// <param name="ruleId">A built-in rule id from <see cref="BuiltInRuleIds"/>.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentException">The id is not a built-in rule id.</exception>
    public EvaluationOptions WithoutBuiltInRule(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        if (!BuiltInRuleIds.Contains(ruleId))
        {
            throw new ArgumentException(string.Concat("'", ruleId, "' is not a built-in rule id; they are: ", string.Join(", ", BuiltInRuleIds), "."), nameof(ruleId));
        }

        return new EvaluationOptions(CustomRules, DisabledBuiltInRules.Add(ruleId));
    }
}
